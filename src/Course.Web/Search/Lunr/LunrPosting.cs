namespace Course.Web.Search.Lunr;

/// <summary>
/// A term of the inverted index: its index (first-seen order, referenced by the vectors) and, for
/// every field of the index (even when empty), the refs of the documents containing it, in the
/// order JavaScript enumerates them.
/// </summary>
public sealed record LunrPosting(string Term, int TermIndex, IReadOnlyList<IReadOnlyList<string>> RefsByField)
{
    public int DocumentFieldCount => RefsByField.Sum(refs => refs.Count);
}
