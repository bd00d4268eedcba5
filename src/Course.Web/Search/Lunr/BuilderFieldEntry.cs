namespace Course.Web.Search.Lunr;

/// <summary>One field of one document while the index is being built: its length after the pipeline and its term frequencies.</summary>
internal sealed class BuilderFieldEntry(int fieldIndex, string documentRef, double documentBoost, int length)
{
    public int FieldIndex { get; } = fieldIndex;

    public string DocumentRef { get; } = documentRef;

    public double DocumentBoost { get; } = documentBoost;

    public int Length { get; } = length;

    public Dictionary<string, int> Frequencies { get; } = new(StringComparer.Ordinal);
}
