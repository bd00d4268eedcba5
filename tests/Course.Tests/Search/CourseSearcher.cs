using System.Text.Json;
using Course.Tests.Support;

namespace Course.Tests.Search;

/// <summary>
/// The real course's search as a student's browser runs it, in Jint: lunr.js, the language's scripts
/// from the page (stemmer and query helpers), fold.js, search-query.js and the built search/&lt;lang&gt;/index.js.
/// </summary>
internal sealed class CourseSearcher
{
    private readonly LunrJs js;

    private CourseSearcher(LunrJs js) => this.js = js;

    // One engine per language for the whole run: loading the index into Jint costs far more than a query.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<Task<CourseSearcher>>> Loaded = new();

    /// <summary>
    /// The language's searcher, shared by every test (the tests only query it; searches keep a stem cache,
    /// which changes no result). Use it from one test class: the Jint engine is not thread-safe.
    /// </summary>
    public static Task<CourseSearcher> LoadAsync(string lang) =>
        Loaded.GetOrAdd(lang, l => new Lazy<Task<CourseSearcher>>(() => CreateAsync(l))).Value;

    private static async Task<CourseSearcher> CreateAsync(string lang)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        string[] scripts = lang == "kk"
            ? [Repo.ThemeFile("assets", "js", "stemmer-kk.js"), Repo.ThemeFile("assets", "js", "query-kk.js")]
            : [Repo.NodeModule("lunr-languages", "lunr.stemmer.support.js"), Repo.NodeModule("lunr-languages", "lunr.ru.js"), Repo.ThemeFile("assets", "js", "query-ru.js")];
        LunrJs js = new([.. scripts, Repo.ThemeFile("assets", "js", "fold.js"), Repo.ThemeFile("assets", "js", "search-query.js")]);
        js.Execute(await File.ReadAllTextAsync(Path.Combine(output, "search", lang, "index.js")));
        js.Execute($"var searcher = new CourseSearch.Searcher(CourseSearchData.languages.{lang}, {{ lunr: lunr, fold: CourseFold.fold, helpers: CourseQuery.{lang} }});");
        return new CourseSearcher(js);
    }

    public SearchClientFixture.ClientResult Search(string query, int max = 5) =>
        js.Evaluate<SearchClientFixture.ClientResult>($"searcher.search({JsonSerializer.Serialize(query)}, {max})");

    public string[] Urls(string query, int max = 5) => [.. Search(query, max).items.Select(i => i.url)];

    /// <summary>The terms the strongest clauses of the query ask for (prefix completions left out).</summary>
    public string[] BestTerms(string query) =>
        js.Evaluate<string[]>($"(function () {{ var c = searcher.buildQuery({JsonSerializer.Serialize(query)}).filter(function (x) {{ return !x.wildcard; }}); var m = 0; c.forEach(function (x) {{ if (x.boost > m) m = x.boost; }}); return c.filter(function (x) {{ return x.boost === m; }}).map(function (x) {{ return x.term; }}); }})()");

    public string[] AllTerms(string query) =>
        js.Evaluate<string[]>($"searcher.buildQuery({JsonSerializer.Serialize(query)}).map(function (x) {{ return x.term; }})");

    public double BestBoost(string query) =>
        js.Evaluate<double>($"Math.max.apply(null, searcher.buildQuery({JsonSerializer.Serialize(query)}).filter(function (x) {{ return !x.wildcard; }}).map(function (x) {{ return x.boost; }}))");

    public bool HasTerm(string term) => js.Evaluate<bool>($"searcher.vocab.has({JsonSerializer.Serialize(term)})");

    public string Fold(string text) => js.Evaluate<string>($"CourseFold.fold({JsonSerializer.Serialize(text)})");

    public string Stem(string word) => js.Evaluate<string>($"searcher.stem({JsonSerializer.Serialize(word)})[0]");
}
