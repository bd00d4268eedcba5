namespace Course.Web.Search.Lunr;

/// <summary>A term while the index is being built: its index and, per field, the refs that contain it in insertion order.</summary>
internal sealed class BuilderTerm(int index, int fieldCount)
{
    public int Index { get; } = index;

    public List<string>[] RefsByField { get; } = Enumerable.Range(0, fieldCount).Select(_ => new List<string>()).ToArray();

    public int DocumentFieldCount => RefsByField.Sum(r => r.Count);
}
