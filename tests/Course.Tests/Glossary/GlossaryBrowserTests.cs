using System.Text.RegularExpressions;
using Course.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Course.Tests.Glossary;

/// <summary>glossary.js in Chromium (Debian's /usr/bin/chromium) on generated pages; skipped when it is not installed.</summary>
[Collection(ReadingBrowserCollection.Name)]
public sealed class GlossaryBrowserTests(BrowserFixture browser, GlossaryBrowserPages pages) : IClassFixture<GlossaryBrowserPages>, IAsyncDisposable
{
    private IBrowserContext? context;

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
    }

    private async Task<IPage> OpenAsync(string file, bool phone = false, bool fakeClock = false)
    {
        context = await browser.NewContextAsync(phone
            ? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true, HasTouch = true }
            : new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, ColorScheme = ColorScheme.Light });
        if (fakeClock)
        {
            // Timers run as usual until the test moves the clock on: no real waiting for a delay to pass.
            await context.Clock.InstallAsync();
        }

        IPage page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(pages.Url(file));
        Assert.Empty(errors);
        return page;
    }

    [Fact]
    public async Task Keyboard_focus_opens_the_popover_and_escape_closes_it()
    {
        IPage page = await OpenAsync("chapter.html");
        ILocator popover = page.Locator("[data-term-popover=phishing]");

        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("a.term[data-term=phishing]")).ToBeFocusedAsync();
        await Expect(popover).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(popover).ToBeHiddenAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(popover).ToBeHiddenAsync();
        await Expect(page.Locator("[data-term-popover=offender]")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Hover_opens_the_popover_and_it_stays_open_while_the_pointer_is_on_it()
    {
        IPage page = await OpenAsync("chapter.html", fakeClock: true);
        ILocator popover = page.Locator("[data-term-popover=offender]");

        await page.HoverAsync("a.term[data-term=offender]");
        await Expect(popover).ToBeVisibleAsync();
        await popover.HoverAsync();
        await page.Clock.RunForAsync(1000); // well past the close delay (300 ms)
        await Expect(popover).ToBeVisibleAsync();
        await page.Mouse.MoveAsync(5, 880);
        await Expect(popover).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_the_first_tap_opens_the_popover_and_the_second_follows_the_link()
    {
        IPage page = await OpenAsync("chapter.html", phone: true);
        ILocator term = page.Locator("a.term[data-term=criminal-code]");

        await term.TapAsync();
        await Expect(page.Locator("[data-term-popover=criminal-code]")).ToBeVisibleAsync();
        Assert.EndsWith("chapter.html", page.Url);
        await page.Locator("h1").TapAsync();
        await Expect(page.Locator("[data-term-popover=criminal-code]")).ToBeHiddenAsync();
        await term.TapAsync();
        await Expect(page.Locator("[data-term-popover=criminal-code]")).ToBeVisibleAsync();
        await term.TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/glossary\.html#criminal-code$"));
    }

    [Fact]
    public async Task The_filter_narrows_the_entries_as_the_student_types()
    {
        IPage page = await OpenAsync("glossary.html");

        await page.FillAsync("#glossary-filter-input", "кылмыс");
        await Expect(page.Locator("[data-glossary-count]")).ToHaveTextAsync("Көрсетілгені: 1 / 3");
        await Expect(page.Locator("#offender")).ToBeVisibleAsync();
        await Expect(page.Locator("#phishing")).ToBeHiddenAsync();
        await page.FillAsync("#glossary-filter-input", "жоқ сөз");
        await Expect(page.Locator("[data-glossary-empty]")).ToBeVisibleAsync();
    }

    // Light with every rule; then the system's dark scheme on the same document, popover still open: it changes
    // colours only, so axe's colour rules.
    [Theory]
    [InlineData("chapter.html")]
    [InlineData("glossary.html")]
    public async Task Axe_finds_no_violations_with_a_popover_open_in_light_and_dark(string file)
    {
        IPage page = await OpenAsync(file);
        if (file == "chapter.html")
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await AxeCheck.AssertNoViolationsAsync(page, $"{file} (light)");
        await page.EmulateMediaAsync(new() { ColorScheme = ColorScheme.Dark });
        Assert.True(await page.EvaluateAsync<bool>("() => matchMedia('(prefers-color-scheme: dark)').matches"));
        string[] dark = await AxeCheck.ColourViolationsAsync(page);
        Assert.True(dark.Length == 0, $"{file} (dark): " + string.Join("\n", dark));
    }
}
