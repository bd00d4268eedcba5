using Course.Web.Glossary;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>
/// The glossary entries one page links to, in order of first use, and the glossary address used for them.
/// Stored on the parsed <c>MarkdownDocument</c>; read it with <c>document.GetGlossaryLinks()</c>.
/// </summary>
public sealed class GlossaryPageLinks(string glossaryHref)
{
    private readonly List<GlossaryEntry> entries = [];
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    public static GlossaryPageLinks Empty { get; } = new("");

    public string GlossaryHref { get; } = glossaryHref;

    public IReadOnlyList<GlossaryEntry> Entries => entries;

    public IEnumerable<string> Ids => entries.Select(e => e.Id);

    public bool Contains(GlossaryEntry entry) => ids.Contains(entry.Id);

    /// <returns>False when the entry is already linked on this page.</returns>
    internal bool Add(GlossaryEntry entry)
    {
        if (!ids.Add(entry.Id))
        {
            return false;
        }

        entries.Add(entry);
        return true;
    }

    public string HrefOf(GlossaryEntry entry) => GlossaryHref + "#" + entry.Id;
}
