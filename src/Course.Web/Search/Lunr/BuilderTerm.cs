namespace Course.Web.Search.Lunr;

/// <summary>A term while the index is being built: its index (first-seen order) and, per field, how many documents contain it.</summary>
internal sealed class BuilderTerm(int index, int fieldCount)
{
    public int Index { get; } = index;

    public int[] DocumentCounts { get; } = new int[fieldCount];

    public int DocumentFieldCount => DocumentCounts.Sum();
}
