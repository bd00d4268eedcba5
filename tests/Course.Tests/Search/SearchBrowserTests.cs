using Course.Tests.Browser;
using Microsoft.Playwright;

namespace Course.Tests.Search;

/// <summary>The search box of the real course in Chromium, with the site served under /some/base/.</summary>
[Collection(BrowserCollection.Name)]
public class SearchBrowserTests(BrowserFixture site)
{
    private const string Results = "#search-results [role=option]";

    [Fact]
    public async Task ShowsResultsWhileAWordIsStillBeingTyped()
    {
        IPage page = await OpenAsync("kk/");

        await page.Locator("#search-input").PressSequentiallyAsync("виктимол");
        await page.Locator(Results).First.WaitForAsync();

        Assert.Equal("true", await page.GetAttributeAsync("#search-input", "aria-expanded"));
        Assert.Contains("/kk/victimology/", await FirstHrefAsync(page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArrowKeysMoveThroughTheResultsEscapeClosesAndSlashFocuses()
    {
        IPage page = await OpenAsync("kk/");
        ILocator input = page.Locator("#search-input");
        await input.FillAsync("фишинг"); // one input event: no later type-ahead update can redraw the list under the arrow keys
        await page.Locator(Results).Nth(2).WaitForAsync();
        ILocator options = page.Locator(Results);

        await input.PressAsync("ArrowDown");
        await input.PressAsync("ArrowDown");
        Assert.Equal("true", await options.Nth(1).GetAttributeAsync("aria-selected"));
        Assert.Equal(await options.Nth(1).GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));
        await input.PressAsync("ArrowUp");
        Assert.Equal("true", await options.Nth(0).GetAttributeAsync("aria-selected"));
        Assert.Equal("false", await options.Nth(1).GetAttributeAsync("aria-selected"));
        await input.PressAsync("ArrowUp");
        Assert.Equal("true", await options.Last.GetAttributeAsync("aria-selected"));

        await input.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#search-results"));
        Assert.Equal("false", await input.GetAttributeAsync("aria-expanded"));
        Assert.Null(await input.GetAttributeAsync("aria-activedescendant"));

        await page.Locator("main h1").ClickAsync();
        await page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        Assert.False(await input.EvaluateAsync<bool>("el => el === document.activeElement"));
        await page.Keyboard.PressAsync("/");
        Assert.True(await input.EvaluateAsync<bool>("el => el === document.activeElement"));
        Assert.Equal("фишинг", await input.InputValueAsync());
    }

    [Fact]
    public async Task AResultSelectedAsSoonAsTheIndexIsReadyStaysSelectedWhenTheTypingPauseEnds()
    {
        IPage page = await site.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(site.Url("kk/"));
        // The typing pause's timer stays pending while the index loads; the index shows the results first.
        await page.Clock.PauseAtAsync(DateTime.UtcNow.AddMinutes(1));
        ILocator input = page.Locator("#search-input");
        await input.FillAsync("фишинг");
        await page.Locator(Results).Nth(1).WaitForAsync();
        await input.PressAsync("ArrowDown");
        Assert.Equal("true", await page.Locator(Results).First.GetAttributeAsync("aria-selected"));

        await page.Clock.RunForAsync(1000); // the pause ends: the same query again must not redraw the list
        Assert.Equal("true", await page.Locator(Results).First.GetAttributeAsync("aria-selected"));
        Assert.Equal(await page.Locator(Results).First.GetAttributeAsync("id"), await input.GetAttributeAsync("aria-activedescendant"));
    }

    [Fact]
    public async Task EnterOpensTheSelectedResult()
    {
        IPage page = await OpenAsync("kk/");
        ILocator input = page.Locator("#search-input");
        await input.FillAsync("фишинг");
        await page.Locator(Results).Nth(1).WaitForAsync();
        string second = (await page.Locator(Results).Nth(1).EvaluateAsync<string>("a => a.href"))!;

        await input.PressAsync("ArrowDown");
        await input.PressAsync("ArrowDown");
        await input.PressAsync("Enter");
        await page.WaitForURLAsync(second);

        Assert.Equal(second, page.Url);
    }

    [Fact]
    public async Task MarksTheMatchedWordsInflectedFormsToo()
    {
        IPage page = await OpenAsync("kk/");

        await page.Locator("#search-input").PressSequentiallyAsync("жәбірленушілерге ");
        await page.Locator(Results + " mark").First.WaitForAsync();

        string[] marked = (await page.Locator(Results + " mark").AllTextContentsAsync()).Select(m => m.ToLowerInvariant()).ToArray();
        Assert.All(marked, m => Assert.StartsWith("жәбірленуш", m, StringComparison.Ordinal));
        Assert.Contains(marked, m => m != "жәбірленушілерге");
    }

    [Theory]
    [InlineData("кылмыскер ", "offender")]
    [InlineData("жабирленуши ", "victimology")]
    public async Task FindsAChapterFromAQueryTypedWithoutKazakhLetters(string query, string chapter)
    {
        IPage page = await OpenAsync("kk/");

        await page.Locator("#search-input").PressSequentiallyAsync(query);
        await page.Locator(Results).First.WaitForAsync();

        IReadOnlyList<string> hrefs = await page.Locator(Results).EvaluateAllAsync<string[]>("links => links.map(a => a.href)");
        Assert.Contains(hrefs.Take(5), h => h.StartsWith(site.Url($"kk/{chapter}/"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task AResultLinkLandsOnItsSectionUnderTheSubfolder()
    {
        IPage page = await OpenAsync("ru/offender/portrait/");
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add(response.Url);
            }
        };

        await page.Locator("#search-input").PressSequentiallyAsync("виктимность ");
        ILocator section = page.Locator(Results).Filter(new LocatorFilterOptions { HasText = "Виктимность и виктимизация" }).First;
        string href = (await section.EvaluateAsync<string>("a => a.href"))!;
        await section.ClickAsync();
        await page.WaitForURLAsync(href);

        Assert.StartsWith(site.Url("ru/victimology/"), page.Url, StringComparison.Ordinal);
        string anchor = Uri.UnescapeDataString(new Uri(page.Url).Fragment.TrimStart('#'));
        Assert.NotEmpty(anchor);
        Assert.Equal(1, await page.Locator($"[id=\"{anchor}\"]").CountAsync());
        Assert.Empty(failed);
    }

    [Fact]
    public async Task HasNoAccessibilityViolationWithTheResultsOpen()
    {
        IPage page = await OpenAsync("kk/");
        ILocator input = page.Locator("#search-input");
        await input.PressSequentiallyAsync("алаяқтар");
        await page.Locator(Results).Nth(1).WaitForAsync();
        await input.PressAsync("ArrowDown");

        await AxeCheck.AssertNoViolationsAsync(page);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        IPage page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(path));
        await page.Locator("#search-input").ClickAsync();
        return page;
    }

    private static async Task<string> FirstHrefAsync(IPage page) =>
        (await page.Locator(Results).First.EvaluateAsync<string>("a => a.href"))!;
}
