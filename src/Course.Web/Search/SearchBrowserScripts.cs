using Course.Web.Languages;

namespace Course.Web.Search;

/// <summary>
/// The scripts search needs in the browser, named once: the search box (theme/assets/js/search-box.js) reads
/// them from its form (<see cref="SearchStrings.FormAttributes"/>) and has no paths of its own; the offline
/// cache saves them with each language's index.
/// </summary>
public static class SearchBrowserScripts
{
    public static BrowserScript Lunr { get; } = BrowserScript.Vendor("lunr", "lunr.min.js");

    /// <summary>Keyboard and case folding; every page already loads it (theme/assets.yml), a worker does not.</summary>
    public static BrowserScript Fold { get; } = new("assets/js/fold.js");

    public static BrowserScript Query { get; } = new("assets/js/search-query.js");

    /// <summary>Searches a split index off the main thread.</summary>
    public static BrowserScript Worker { get; } = new("assets/js/search-worker.js");

    /// <summary>What search fetches beyond the pages' own scripts, in load order: lunr.js, the language's scripts, the query logic.</summary>
    public static IReadOnlyList<BrowserScript> For(CourseLanguage language) => [Lunr, .. language.BrowserScripts, Query];

    /// <summary>What stemming and folding a language's words need, in load order (the form's <c>data-scripts</c>).</summary>
    public static IReadOnlyList<BrowserScript> Stemming(CourseLanguage language) => [Lunr, .. language.BrowserScripts, Fold];
}
