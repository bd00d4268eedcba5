namespace Course.Core.Documents;

/// <summary>
/// Where a document's text lives: in memory, or in a file read on demand. Big sites keep their pages
/// in files between the phases instead of holding every page in memory (Statiq's content providers).
/// </summary>
public abstract record DocumentContent
{
    public static DocumentContent Empty { get; } = new TextContent(string.Empty);

    /// <summary>True when there is no text at all (a binary asset is copied from its source instead).</summary>
    public abstract bool IsEmpty { get; }

    public abstract string Read();
}
