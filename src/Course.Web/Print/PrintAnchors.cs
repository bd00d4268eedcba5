using Course.Web.Outline;
using Course.Web.Site;

namespace Course.Web.Print;

/// <summary>
/// Where each page of a language sits inside the print edition: its site path (kk/concepts/history/)
/// becomes one anchor (p-concepts-history), and the ids inside the page get that anchor as prefix, so
/// the pages' own ids (objectives-title, headings) never clash on the one page.
/// </summary>
public sealed class PrintAnchors
{
    public const string GlossaryAnchor = "glossary";

    private readonly Dictionary<string, string> anchors = new(StringComparer.Ordinal);

    public PrintAnchors(string lang, string printUrlPath, string? glossaryUrlPath, IEnumerable<string> pageUrlPaths)
    {
        PrintUrlPath = printUrlPath;
        foreach (string urlPath in pageUrlPaths)
        {
            anchors[urlPath] = ForPage(lang, urlPath);
        }

        if (glossaryUrlPath is not null)
        {
            anchors[glossaryUrlPath] = GlossaryAnchor;
        }
    }

    public string PrintUrlPath { get; }

    /// <summary>The pages of a language the print edition holds, in reading order: chapters, sections, other pages and the glossary.</summary>
    public static List<OutlinePage> Printed(LanguageOutline language) =>
        language.ReadingOrder.Where(p => p.Kind is PageKind.Chapter or PageKind.Section or PageKind.Page or PageKind.Fallback or PageKind.Glossary).ToList();

    /// <summary>The anchors of a language's print edition (<see cref="PrintDownloads.PrintUrlPath"/>) holding <paramref name="printed"/> (<see cref="Printed"/>).</summary>
    public static PrintAnchors Of(string lang, IReadOnlyList<OutlinePage> printed) =>
        new(
            lang,
            PrintDownloads.PrintUrlPath(lang),
            printed.FirstOrDefault(p => p.Kind == PageKind.Glossary)?.UrlPath,
            printed.Where(p => p.Kind != PageKind.Glossary).Select(p => p.UrlPath));

    /// <summary>p-concepts-history for kk/concepts/history/; p-summary for kk/summary/.</summary>
    public static string ForPage(string lang, string urlPath)
    {
        string inside = urlPath.StartsWith(lang + "/", StringComparison.Ordinal) ? urlPath[(lang.Length + 1)..] : urlPath;
        return "p-" + inside.Trim('/').Replace('/', '-');
    }

    /// <summary>An id of a page inside the book: the page's anchor, two dashes, the id.</summary>
    public static string Inside(string anchor, string id) => anchor + "--" + id;

    public bool TryFind(string urlPath, out string anchor) => anchors.TryGetValue(urlPath, out anchor!);
}
