namespace Course.Web.Search.Lunr;

/// <summary>
/// What lunr's builder keeps of one field of one document: its terms after the pipeline (numbered in
/// <paramref name="Table"/>), in the order they first occur, how often each occurs, and the field's length
/// (tokens left after the pipeline). Numbers, not strings: a course's sections are held until the index
/// step, and the step posts them by number.
/// </summary>
public sealed record LunrTermCounts(LunrTermTable Table, int[] TermIds, int[] Counts, int Length)
{
    public static LunrTermCounts Empty { get; } = new(new LunrTermTable(), [], [], 0);

    /// <summary>The terms' texts, in the order they first occur.</summary>
    public IReadOnlyList<string> Terms => Array.ConvertAll(TermIds, id => Table[id]);

    /// <summary>Counts given as texts (numbered in a table of their own).</summary>
    public static LunrTermCounts Of(IReadOnlyList<string> terms, IReadOnlyList<int> counts, int length)
    {
        LunrTermTable table = new();
        return new LunrTermCounts(table, [.. terms.Select(table.IdOf)], [.. counts], length);
    }
}
