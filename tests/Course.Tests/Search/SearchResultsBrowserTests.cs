using Course.Tests.Browser;
using Microsoft.Playwright;

namespace Course.Tests.Search;

/// <summary>
/// Issue 12 point 10 in Chromium on the real course: every result on demand, the matched words highlighted
/// on the page a result opens (and removable), the glossary filter stemming like search.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchResultsBrowserTests(BrowserFixture site)
{
    private const string Results = "#search-results [role=option]";

    [Fact]
    public async Task ShowAllListsEveryResult()
    {
        IPage page = await OpenAsync("kk/");
        ILocator input = page.Locator("#search-input");
        await input.FillAsync("қылмыс ");
        ILocator more = page.Locator("#search-results [data-search-more]");
        await more.WaitForAsync();
        Assert.Equal(11, await page.Locator(Results).CountAsync()); // ten results and "show all"

        await more.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#search-results [role=option]').length > 11");

        Assert.Equal(0, await page.Locator("#search-results [data-search-more]").CountAsync());
        Assert.True(await input.EvaluateAsync<bool>("el => el === document.activeElement"));
        Assert.Equal("true", await page.Locator(Results).Nth(10).GetAttributeAsync("aria-selected"));
    }

    [Fact]
    public async Task TheOpenedPageHighlightsTheMatchedWordsUntilDismissed()
    {
        IPage page = await OpenAsync("kk/");
        await page.Locator("#search-input").FillAsync("жәбірленушілер ");
        await page.Locator(Results).First.WaitForAsync();
        string home = page.Url;

        await page.Locator("#search-input").PressAsync("Enter");
        await page.WaitForURLAsync(url => url != home);
        ILocator marks = page.Locator("main mark.search-highlight");
        await marks.First.WaitForAsync();

        Assert.All(await marks.AllInnerTextsAsync(), text => Assert.StartsWith("жәбірлен", text.ToLowerInvariant(), StringComparison.Ordinal));
        await page.Locator("[data-search-highlight-clear]").ClickAsync();
        Assert.Equal(0, await marks.CountAsync());
        Assert.Equal(0, await page.Locator("[data-search-highlight-bar]").CountAsync());

        await page.ReloadAsync(); // once dismissed or shown, a reload does not bring it back
        await page.Locator("main h1").WaitForAsync();
        Assert.Equal(0, await marks.CountAsync());
    }

    [Fact]
    public async Task DefinitionsAreMarkedAsSuch()
    {
        IPage page = await OpenAsync("kk/");
        await page.Locator("#search-input").FillAsync("фишинг деген не");
        ILocator first = page.Locator(Results).First;
        await first.WaitForAsync();
        await page.WaitForFunctionAsync("() => { var a = document.querySelector('#search-results [role=option]'); return a && a.getAttribute('data-kind') === 'definition'; }");

        Assert.Contains("glossary/", await first.GetAttributeAsync("href"), StringComparison.Ordinal);
        Assert.Equal("Анықтама", await first.Locator(".search-result-kind").InnerTextAsync());
        Assert.Equal("section", await page.Locator(Results).Nth(1).GetAttributeAsync("data-kind"));
    }

    [Theory]
    [InlineData("kk/glossary/", "қылмыстардың")]
    [InlineData("ru/glossary/", "преступлениями")]
    public async Task TheGlossaryFilterUnderstandsInflection(string path, string query)
    {
        IPage page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        ILocator filter = page.Locator("[data-glossary-filter] input");
        await filter.FillAsync(query);

        // Filtered: fewer entries than the whole glossary (every entry shows until the filter's scripts are loaded), yet some.
        await page.WaitForFunctionAsync("() => { const shown = document.querySelectorAll('[data-glossary-entry]:not([hidden])').length; return shown >= 3 && shown < document.querySelectorAll('[data-glossary-entry]').length; }");

        int shown = await page.Locator("[data-glossary-entry]:not([hidden])").CountAsync();
        Assert.True(shown < await page.Locator("[data-glossary-entry]").CountAsync());
        Assert.False(await page.Locator("[data-glossary-empty]").IsVisibleAsync());
    }

    private async Task<IPage> OpenAsync(string path)
    {
        IPage page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        await page.Locator("#search-input").ClickAsync();
        return page;
    }
}
