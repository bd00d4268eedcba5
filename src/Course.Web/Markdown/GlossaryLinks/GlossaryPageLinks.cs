using Course.Web.Glossary;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>
/// The glossary entries one page links to, in order of first use, and where its term links point. Stored on
/// the parsed <c>MarkdownDocument</c> (read it with <c>document.GetGlossaryLinks()</c>); the links read
/// <see cref="GlossaryHref"/> when rendered, so it can still be set between parsing and rendering.
/// </summary>
public sealed class GlossaryPageLinks(string glossaryHref)
{
    /// <summary>The document data key under which the ids are also stored, as an <c>IReadOnlyList&lt;string&gt;</c>.</summary>
    public const string UsedIdsKey = "course:glossary-used";

    private readonly List<GlossaryEntry> entries = [];
    private readonly List<string> ids = [];

    public static GlossaryPageLinks Empty => new("");

    /// <summary>The glossary page relative to this page, e.g. <c>../../glossary/</c>.</summary>
    public string GlossaryHref { get; set; } = glossaryHref;

    public IReadOnlyList<GlossaryEntry> Entries => entries;

    public IReadOnlyList<string> Ids => ids;

    public bool Contains(GlossaryEntry entry) => ids.Contains(entry.Id, StringComparer.Ordinal);

    public string HrefOf(GlossaryEntry entry) => GlossaryHref + "#" + entry.Id;

    internal void Add(GlossaryEntry entry)
    {
        if (!Contains(entry))
        {
            entries.Add(entry);
            ids.Add(entry.Id);
        }
    }
}
