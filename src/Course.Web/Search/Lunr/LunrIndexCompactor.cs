namespace Course.Web.Search.Lunr;

/// <summary>
/// Makes a built index cheaper to download without leaving lunr 2.3.9's format: lunr.Index.load
/// reads the result as it reads any index. Two changes, both invisible to lunr's query logic:
/// <list type="bullet">
/// <item>Scores keep a few significant digits (3.149 → 3.1 with two, 3 with one): the digits lunr
/// writes are the least compressible part of the file, while a ranking depends far more on which
/// fields of which sections hold the query's words than on the third digit of their weights.</item>
/// <item>Terms are renumbered by how many (field, document) pairs contain them, most first, so the
/// numbers written most often in the vectors are the shortest. A term's number only has to be
/// the same in its posting (<c>_index</c>) and in the vectors.</item>
/// </list>
/// </summary>
public static class LunrIndexCompactor
{
    public static LunrIndex Compact(LunrIndex index, int significantDigits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        int[] numbering = Numbering(index.InvertedIndex);
        Func<double, double> round = Rounding(significantDigits);
        LunrPosting[] postings = index.InvertedIndex
            .Select(p => p with { TermIndex = numbering[p.TermIndex] })
            .ToArray();
        LunrFieldVector[] vectors = index.FieldVectors
            .Select(v =>
            {
                VectorElement[] elements = v.Elements.Select(e => new VectorElement(numbering[e.TermIndex], round(e.Score))).ToArray();
                elements.AsSpan().Sort(default(TermIndexOrder));
                return v with { Elements = elements };
            })
            .ToArray();
        return index with { FieldVectors = vectors, InvertedIndex = postings };
    }

    /// <summary>Old term index → new: most (field, document) pairs first, ties in ordinal term order.</summary>
    public static int[] Numbering(IReadOnlyList<LunrPosting> postings) =>
        Numbering([.. postings.Select(p => (p.Term, p.TermIndex, p.DocumentFieldCount))]);

    /// <summary><see cref="Numbering(IReadOnlyList{LunrPosting})"/> from each term's text, index and count of (field, document) pairs.</summary>
    public static int[] Numbering(IReadOnlyList<(string Term, int TermIndex, int DocumentFieldCount)> terms)
    {
        int[] numbering = new int[terms.Count == 0 ? 0 : terms.Max(t => t.TermIndex) + 1];
        int next = 0;
        foreach ((string _, int termIndex, int _) in terms.OrderByDescending(t => t.DocumentFieldCount).ThenBy(t => t.Term, StringComparer.Ordinal))
        {
            numbering[termIndex] = next++;
        }

        return numbering;
    }

    /// <summary>
    /// <see cref="Round"/> as a function, safe on every thread. It computes each score afresh: a shared cache
    /// of the scores met so far cost more than the arithmetic, its cores queueing for the cache's locks.
    /// </summary>
    public static Func<double, double> Rounding(int significantDigits) => score => Round(score, significantDigits);

    /// <summary>Rounds a positive score to <paramref name="digits"/> significant digits; it never becomes 0.</summary>
    public static double Round(double score, int digits)
    {
        if (score <= 0 || !double.IsFinite(score))
        {
            return score;
        }

        int decimals = digits - 1 - (int)Math.Floor(Math.Log10(score));
        if (decimals < 0)
        {
            double unit = Math.Pow(10, -decimals);
            return Math.Round(score / unit, MidpointRounding.AwayFromZero) * unit;
        }

        // Dividing by a power of ten gives the double nearest to the decimal (0.3, not 0.30000000000000004).
        double scale = Math.Pow(10, decimals);
        return Math.Round(score * scale, MidpointRounding.AwayFromZero) / scale;
    }
}
