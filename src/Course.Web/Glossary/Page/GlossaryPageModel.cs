namespace Course.Web.Glossary.Page;

/// <summary>
/// What the glossary page of one language shows. <see cref="Usage"/> maps an entry id to the pages that use
/// it, with URLs relative to the glossary page; <see cref="RenderMarkdown"/> renders a definition to HTML.
/// </summary>
public sealed record GlossaryPageModel(
    string Lang,
    IReadOnlyList<GlossaryEntry> Entries,
    IReadOnlyDictionary<string, IReadOnlyList<GlossaryUsage>> Usage,
    Func<string, string> RenderMarkdown,
    GlossaryStrings Strings)
{
    /// <summary>Markdown written before the first term in glossary.md, shown above the entries.</summary>
    public string IntroMarkdown { get; init; } = "";

    /// <summary>The link to the flashcard decks shown at the top of the page (URL relative to it, text); null for none.</summary>
    public (string Href, string Text)? FlashcardsLink { get; init; }
}
