using Course.Tests.Browser;
using Course.Tests.Stemming;
using Course.Tests.Support;
using Course.Web.Search;
using Course.Web.Search.Stemming;
using Microsoft.Playwright;

namespace Course.Tests.Search;

/// <summary>
/// What the search box fetches, counted where it arrives: a server of its own for each test (its own origin,
/// so a fresh service worker), serving the real course.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class SearchLoadingBrowserTests(BrowserFixture site)
{
    private const string Results = "#search-results [role=option]";

    private static readonly Dictionary<string, string[]> SearchScripts = new(StringComparer.Ordinal)
    {
        ["kk"] = ["assets/vendor/lunr.min.js", "assets/js/stemmer-kk.js", "assets/js/query-kk.js", "assets/js/search-query.js", "search/kk/index.js"],
        ["ru"] = ["assets/vendor/lunr.min.js", "assets/vendor/lunr.stemmer.support.js", "assets/vendor/lunr.ru.js", "assets/js/query-ru.js", "assets/js/search-query.js", "search/ru/index.js"],
    };

    // The service worker caches the site's shell on a first visit. The scripts search loads were part of it,
    // so a first query fetched them twice: once for the page, once for the cache (network first once the
    // worker controls the page, or side by side while it installs). Both orders are tried.
    [Theory]
    [InlineData("kk", false)]
    [InlineData("ru", true)]
    public async Task A_first_query_fetches_each_search_script_once_service_worker_included(string lang, bool afterWorkerControlsThePage)
    {
        site.Require();
        (_, string output) = await SiteBuilds.RealCourseAsync();
        using var server = new StaticSiteServer(output);
        IBrowserContext context = await site.NewContextAsync(new BrowserNewContextOptions { ServiceWorkers = ServiceWorkerPolicy.Allow });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + lang + "/");
        if (afterWorkerControlsThePage)
        {
            await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");
        }

        await page.Locator("#search-input").FillAsync("фишинг");
        await page.Locator(Results).First.WaitForAsync();
        // the worker has cached the whole shell once it is active
        Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.ready.then(r => !!r.active)"));
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        var fetched = server.Requested.GroupBy(p => p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        Assert.True(fetched.ContainsKey("/some/base/sw.js"), "the service worker was never fetched: " + string.Join(", ", fetched.Keys));
        Assert.All(SearchScripts[lang], script => Assert.Equal((script, 1), (script, fetched.GetValueOrDefault("/some/base/" + script))));
    }

    // A big course's split index (issue 16.7) is searched in a worker: the page never loads lunr.js nor a
    // part, yet shows the results. From file:// Chromium refuses workers, so the page loads the parts itself.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_split_index_is_searched_in_a_worker_and_from_file_on_the_page(bool fromFile)
    {
        site.Require();
        (_, string output) = await SiteBuilds.RealCourseAsync();
        using var copy = new TempFolder();
        TempFolder.Copy(output, copy.Path);
        SearchDocument[] documents = Documents();
        SearchIndexGenerator generator = new("kk", KazakhStemmer.Instance, KazakhStopWords.Words);
        SearchSplitOutput split = SearchSplitWriter.Write("kk", generator.BuildPostings(documents), SearchStore.Create(documents, 150), null, partBytes: 400, chunk: 3);
        Directory.Delete(copy.Combine("search", "kk"), recursive: true);
        foreach (SearchFile file in split.Files)
        {
            string path = copy.Combine(file.Path.Split('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, file.Content);
        }

        using var server = new StaticSiteServer(copy.Path);
        IBrowserContext context = await site.NewContextAsync();
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(fromFile ? new Uri(copy.Combine("kk", "index.html")).AbsoluteUri : server.BaseUrl + "kk/");
        string word = documents[0].Text.Split(' ')[0];
        await page.Locator("#search-input").FillAsync(word + " ");
        await page.Locator(Results).First.WaitForAsync();

        Assert.Contains(word, await page.Locator(Results).First.InnerTextAsync(), StringComparison.Ordinal);
        int partTags = await page.Locator("script[src*='search/kk/t/']").CountAsync();
        bool lunrOnPage = await page.EvaluateAsync<bool>("() => typeof window.lunr !== 'undefined'");
        if (fromFile)
        {
            Assert.True(partTags > 0);
            Assert.True(lunrOnPage);
        }
        else
        {
            Assert.Equal(0, partTags);
            Assert.False(lunrOnPage);
            Assert.Contains(server.Requested, p => p.StartsWith("/some/base/search/kk/t/", StringComparison.Ordinal));
        }
    }

    // Sections of Kazakh words (the gold list's forms) in a fixed pseudo-random order: many terms, so many parts.
    private static SearchDocument[] Documents()
    {
        string[] words = [.. KazakhGold.Read().Select(g => g.Form)];
        uint seed = 7;
        string Next() => words[(seed = (seed * 1103515245) + 12345) % (uint)words.Length];
        return [.. Enumerable.Range(0, 60).Select(i => new SearchDocument(
            SearchRefs.FromOrdinal(i), $"concepts/page-{i / 4}/#section-{i}", $"Бет {i / 4}", $"Бөлім {i}", "Тарау",
            string.Join(' ', Enumerable.Range(0, 30).Select(_ => Next()))))];
    }
}
