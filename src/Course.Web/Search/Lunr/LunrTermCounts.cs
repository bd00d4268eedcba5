namespace Course.Web.Search.Lunr;

/// <summary>
/// What lunr's builder keeps of one field of one document: its terms after the pipeline, in the order
/// they first occur, how often each occurs, and the field's length (tokens left after the pipeline).
/// </summary>
public sealed record LunrTermCounts(IReadOnlyList<string> Terms, IReadOnlyList<int> Counts, int Length)
{
    public static LunrTermCounts Empty { get; } = new([], [], 0);
}
