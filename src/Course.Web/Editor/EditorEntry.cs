namespace Course.Web.Editor;

/// <summary>A source-language file the editor offers: its path inside the language folder, its title and what it is.</summary>
public sealed record EditorEntry(string Key, string Title, EditorEntryKind Kind);
