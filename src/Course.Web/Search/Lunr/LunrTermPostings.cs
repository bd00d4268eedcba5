namespace Course.Web.Search.Lunr;

/// <summary>
/// A term's postings with their weights: per field of the index, the documents holding the term (numbers into
/// <see cref="LunrPostingsIndex.Refs"/>) in the order they were added, and at the same positions the BM25 weight
/// lunr's field vector of that document gives it.
/// </summary>
public sealed record LunrTermPostings(string Term, int TermIndex, IReadOnlyList<int[]> DocumentsByField, IReadOnlyList<double[]> WeightsByField)
{
    public int DocumentFieldCount => DocumentsByField.Sum(documents => documents.Length);
}
