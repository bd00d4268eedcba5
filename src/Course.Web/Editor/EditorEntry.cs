namespace Course.Web.Editor;

/// <summary>A source-language file the editor offers, with its title in every language that has a twin (the editor labels each language's collection in that language).</summary>
public sealed record EditorEntry(string Key, string Title, EditorEntryKind Kind, IReadOnlyDictionary<string, string>? Titles = null)
{
    public string TitleIn(string lang) => Titles is not null && Titles.TryGetValue(lang, out string? title) ? title : Title;
}
