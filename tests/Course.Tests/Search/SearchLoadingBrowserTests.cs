using Course.Tests.Browser;
using Course.Tests.Support;
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
        IBrowserContext context = await site.NewContextAsync();
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
}
