using System.Text.Json;
using Course.Tests.Browser;
using Course.Tests.Support;
using Microsoft.Playwright;

namespace Course.Tests.Search;

/// <summary>
/// The real course's search as a student's browser runs it, in the run's Chromium: lunr.js, the language's scripts
/// from the page (stemmer and query helpers), fold.js, search-query.js and the built search/&lt;lang&gt;/index.js on a
/// page of their own. Each method takes a list and answers it in one evaluation: V8 runs the whole list in less time
/// than Jint took for one query, and a round trip per query would cost more than the queries.
/// </summary>
internal sealed class CourseSearcher
{
    private readonly IPage page;

    private CourseSearcher(IPage page) => this.page = page;

    public static async Task<CourseSearcher> OpenAsync(IBrowserContext context, string output, string lang)
    {
        string[] scripts = lang == "kk"
            ? [Repo.ThemeFile("assets", "js", "stemmer-kk.js"), Repo.ThemeFile("assets", "js", "query-kk.js")]
            : [Repo.NodeModule("lunr-languages", "lunr.stemmer.support.js"), Repo.NodeModule("lunr-languages", "lunr.ru.js"), Repo.ThemeFile("assets", "js", "query-ru.js")];
        IPage page = await ScriptPage.OpenAsync(context, [Repo.LunrScript, .. scripts, Repo.ThemeFile("assets", "js", "fold.js"), Repo.ThemeFile("assets", "js", "search-query.js"), Path.Combine(output, "search", lang, "index.js")]);
        await page.EvaluateAsync($"() => {{ window.searcher = new CourseSearch.Searcher(CourseSearchData.languages.{lang}, {{ lunr: lunr, fold: CourseFold.fold, helpers: CourseQuery.{lang} }}); }}");
        return new CourseSearcher(page);
    }

    public async Task<SearchClientFixture.ClientResult> SearchAsync(string query) => (await SearchAsync([query]))[0];

    public Task<SearchClientFixture.ClientResult[]> SearchAsync(IReadOnlyList<string> queries) =>
        MapAsync<SearchClientFixture.ClientResult>("q => searcher.search(q, 5)", queries);

    public async Task<string[]> UrlsAsync(string query) => (await UrlsAsync([query]))[0];

    /// <summary>The addresses of each query's first five results, best first.</summary>
    public async Task<string[][]> UrlsAsync(IReadOnlyList<string> queries) =>
        [.. (await SearchAsync(queries)).Select(r => r.items.Select(i => i.url).ToArray())];

    public async Task<string[]> BestTermsAsync(string query) => (await BestTermsAsync([query]))[0];

    /// <summary>The terms the strongest clauses of each query ask for (prefix completions left out).</summary>
    public Task<string[][]> BestTermsAsync(IReadOnlyList<string> queries) =>
        MapAsync<string[]>("q => { const c = searcher.buildQuery(q).filter(x => !x.wildcard); const m = Math.max(0, ...c.map(x => x.boost)); return c.filter(x => x.boost === m).map(x => x.term); }", queries);

    public async Task<string[]> AllTermsAsync(string query) =>
        (await MapAsync<string[]>("q => searcher.buildQuery(q).map(x => x.term)", [query]))[0];

    public async Task<double> BestBoostAsync(string query) =>
        (await MapAsync<double>("q => Math.max(...searcher.buildQuery(q).filter(x => !x.wildcard).map(x => x.boost))", [query]))[0];

    public Task<bool[]> HasTermsAsync(IReadOnlyList<string> terms) => MapAsync<bool>("t => searcher.vocab.has(t)", terms);

    public Task<string[]> FoldAsync(IReadOnlyList<string> texts) => MapAsync<string>("t => CourseFold.fold(t)", texts);

    public Task<string[]> StemAsync(IReadOnlyList<string> words) => MapAsync<string>("w => searcher.stem(w)[0]", words);

    // JSON.stringify in the page and System.Text.Json here, as the Jint searcher did: the records keep their lower-case names.
    private async Task<T[]> MapAsync<T>(string function, IReadOnlyList<string> inputs) =>
        JsonSerializer.Deserialize<T[]>(await page.EvaluateAsync<string>($"inputs => JSON.stringify(inputs.map({function}))", inputs.ToArray()))!;
}
