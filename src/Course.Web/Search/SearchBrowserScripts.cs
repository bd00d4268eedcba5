using Course.Web.Languages;

namespace Course.Web.Search;

/// <summary>
/// The scripts the search box (theme/assets/js/search-box.js) loads on first use, in its order: lunr.js,
/// the language's own scripts and the query logic; then the language's index. Pages do not load them.
/// </summary>
public static class SearchBrowserScripts
{
    public static BrowserScript Lunr { get; } = BrowserScript.Vendor("lunr", "lunr.min.js");

    public static BrowserScript Query { get; } = new("assets/js/search-query.js");

    public static IReadOnlyList<BrowserScript> For(CourseLanguage language) => [Lunr, .. language.BrowserScripts, Query];
}
