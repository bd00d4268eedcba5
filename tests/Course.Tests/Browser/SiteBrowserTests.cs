using Microsoft.Playwright;

namespace Course.Tests.Browser;

[Collection(BrowserCollection.Name)]
public class SiteBrowserTests(BrowserFixture site)
{
    /// <summary>The twin page's address; the switch may add the heading being read as a fragment (it keeps the place).</summary>
    private static System.Text.RegularExpressions.Regex TwinOf(string path)
    {
        string[] parts = path.Split('#', 2);
        string fragment = parts.Length == 2 ? "#" + System.Text.RegularExpressions.Regex.Escape(parts[1]) : "(#.*)?";
        return new System.Text.RegularExpressions.Regex("/" + System.Text.RegularExpressions.Regex.Escape(parts[0]) + fragment + "$");
    }

    [Fact]
    public async Task LanguageSwitchLandsOnTheTwinPageAndBack()
    {
        IPage page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("kk/offender/portrait/"));

        await page.ClickAsync(".lang-switch");
        await page.WaitForURLAsync(TwinOf("ru/offender/portrait/"));
        Assert.Equal("ru", await page.GetAttributeAsync("html", "lang"));

        await page.ClickAsync(".lang-switch");
        await page.WaitForURLAsync(TwinOf("kk/offender/portrait/"));
    }

    [Theory]
    [InlineData("kk/determinants/internet-fraud/", "ru/determinants/internet-fraud/")]
    [InlineData("kk/glossary/#phishing", "ru/glossary/#phishing")]
    [InlineData("kk/victimology/quiz/", "ru/victimology/quiz/")]
    [InlineData("ru/quizzes/", "kk/quizzes/")]
    public async Task LanguageSwitchLandsOnTheTwinOfEveryKindOfPage(string from, string to)
    {
        IPage page = await site.NewPageAsync();
        await page.GotoAsync(site.Url(from));

        await page.ClickAsync(".lang-switch");
        await page.WaitForURLAsync(TwinOf(to));
        await page.ClickAsync(".lang-switch");
        await page.WaitForURLAsync(TwinOf(from));
    }

    [Fact]
    public async Task AGlossaryTermInAChapterShowsItsDefinitionOnHoverAndFocus()
    {
        IPage page = await site.NewPageAsync();
        await page.GotoAsync(site.Url("kk/determinants/internet-fraud/"));
        ILocator term = page.Locator("a.term").First;
        string tooltipId = (await term.GetAttributeAsync("aria-describedby"))!;

        ILocator tooltip = page.Locator("#" + tooltipId);
        await term.HoverAsync();
        await tooltip.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3000 });
        await page.Keyboard.PressAsync("Escape");
        await tooltip.WaitForAsync(new() { State = WaitForSelectorState.Hidden, Timeout = 3000 });
        await page.Mouse.MoveAsync(0, 0);
        await term.FocusAsync();
        await tooltip.WaitForAsync(new() { State = WaitForSelectorState.Visible, Timeout = 3000 });
        Assert.Equal("tooltip", await page.Locator("#" + tooltipId).GetAttributeAsync("role"));
    }

    [Fact]
    public async Task NavigationAndTableOfContentsWorkOnAPhone()
    {
        IPage page = await site.NewPageAsync(phone: true);
        await page.GotoAsync(site.Url("kk/determinants/factors/"));

        Assert.False(await page.IsVisibleAsync("#site-nav"), "the chapter list folds behind the menu button");
        await page.ClickAsync(".nav-toggle");
        Assert.True(await page.IsVisibleAsync("#site-nav"));
        Assert.Equal("true", await page.GetAttributeAsync(".nav-toggle", "aria-expanded"));
        Assert.True(await page.IsVisibleAsync("#site-nav a[aria-current=page]"));
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await page.IsVisibleAsync("#site-nav"));

        ILocator tocLink = page.Locator(".toc a").Nth(1);
        string target = (await tocLink.GetAttributeAsync("href"))!;
        await tocLink.ClickAsync();
        Assert.EndsWith(Uri.EscapeDataString(target[1..]).Replace("%2D", "-", StringComparison.Ordinal), Uri.EscapeDataString(Uri.UnescapeDataString(new Uri(page.Url).Fragment[1..])).Replace("%2D", "-", StringComparison.Ordinal));
        double scrolled = await page.EvaluateAsync<double>("() => window.scrollY");
        Assert.True(scrolled > 0);
        int width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 375, $"no horizontal scrolling on a phone (page is {width}px wide)");
    }

    [Fact]
    public async Task DarkModeChoiceSurvivesAReload()
    {
        IPage page = await site.NewPageAsync();
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { ColorScheme = ColorScheme.Light });
        await page.GotoAsync(site.Url("kk/"));
        Assert.Equal("false", await page.GetAttributeAsync(".theme-toggle", "aria-pressed"));

        await page.ClickAsync(".theme-toggle");
        await page.ReloadAsync();

        Assert.Equal("dark", await page.GetAttributeAsync("html", "data-theme"));
        Assert.Equal("true", await page.GetAttributeAsync(".theme-toggle", "aria-pressed"));
        string background = await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
        Assert.Equal("rgb(21, 23, 27)", background);
    }

    [Fact]
    public async Task TheSiteWorksUnderASubfolder()
    {
        IPage page = await site.NewPageAsync();
        var failed = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                failed.Add(response.Url);
            }
        };
        await page.GotoAsync(site.Url("ru/victimology/"));
        await page.ClickAsync(".pager-next");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.StartsWith(site.Url("ru/victimology/"), page.Url, StringComparison.Ordinal);
        Assert.Empty(failed);
    }

    [Fact]
    public async Task RootPageSendsTheReaderToTheirLanguage()
    {
        IBrowserContext context = await site.NewContextAsync(new BrowserNewContextOptions { Locale = "ru-RU" });
        site.Require();
        IPage page = await context.NewPageAsync();

        await page.GotoAsync(site.Url(""));
        await page.WaitForURLAsync("**/ru/");
    }
}
