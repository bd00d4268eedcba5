namespace Course.Web.Search.Lunr;

/// <summary>
/// How <see cref="LunrIndexBuilder"/> weighs a term of a field entry: lunr's BM25 from the term's idf, the field's
/// average length and boost and the document's boost, then the index's rounding; and the term's number in the index.
/// </summary>
internal sealed record LunrWeighting(int[] Numbering, double[] Idf, double[] AverageFieldLengths, double[] FieldBoosts, Func<double, double> Round)
{
    /// <summary>The weight of the entry's <paramref name="position"/>-th term.</summary>
    public double Weight(BuilderFieldEntry entry, int position)
    {
        int term = entry.TermIndexes[position];
        int field = entry.FieldIndex;
        return Round(Bm25.Score(Idf[term], entry.Frequencies[position], entry.Length, AverageFieldLengths[field], FieldBoosts[field], entry.DocumentBoost));
    }
}
