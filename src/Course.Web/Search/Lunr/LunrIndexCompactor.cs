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
    public static LunrIndex Compact(LunrIndex index, int significantDigits) => Compact(index, significantDigits, reuseVectors: false);

    /// <summary>
    /// <see cref="Compact(LunrIndex, int)"/> for an index nobody else holds (fresh from the builder): its
    /// vectors' arrays are rewritten in place, so a big index is not held twice.
    /// </summary>
    public static LunrIndex CompactOwned(LunrIndex index, int significantDigits) => Compact(index, significantDigits, reuseVectors: true);

    private static LunrIndex Compact(LunrIndex index, int significantDigits, bool reuseVectors)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(significantDigits, 1);
        Dictionary<int, int> newIndex = Renumbering(index.InvertedIndex);
        LunrPosting[] postings = index.InvertedIndex
            .Select(p => p with { TermIndex = newIndex[p.TermIndex] })
            .ToArray();
        int[] renumbered = new int[newIndex.Count == 0 ? 0 : newIndex.Keys.Max() + 1];
        foreach ((int old, int now) in newIndex)
        {
            renumbered[old] = now;
        }

        Dictionary<double, double> rounded = [];
        LunrFieldVector[] vectors = index.FieldVectors
            .Select(v => v with { Elements = Renumbered(v.Elements, renumbered, significantDigits, rounded, reuseVectors) })
            .ToArray();
        return index with { FieldVectors = vectors, InvertedIndex = postings };
    }

    // Scores are already rounded to thousandths, so a few thousand distinct values recur a million times.
    private static VectorElement[] Renumbered(IReadOnlyList<VectorElement> elements, int[] renumbered, int significantDigits, Dictionary<double, double> rounded, bool reuse)
    {
        VectorElement[] result = reuse && elements is VectorElement[] owned ? owned : new VectorElement[elements.Count];
        for (int i = 0; i < result.Length; i++)
        {
            double score = elements[i].Score;
            if (!rounded.TryGetValue(score, out double kept))
            {
                kept = Round(score, significantDigits);
                rounded.Add(score, kept);
            }

            result[i] = new VectorElement(renumbered[elements[i].TermIndex], kept);
        }

        result.AsSpan().Sort(default(TermIndexOrder));
        return result;
    }

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

    // old term index → new term index: most (field, document) pairs first, ties in ordinal term order.
    private static Dictionary<int, int> Renumbering(IReadOnlyList<LunrPosting> postings) =>
        postings
            .OrderByDescending(p => p.DocumentFieldCount)
            .ThenBy(p => p.Term, StringComparer.Ordinal)
            .Select((p, i) => (p.TermIndex, New: i))
            .ToDictionary(x => x.TermIndex, x => x.New);
}
