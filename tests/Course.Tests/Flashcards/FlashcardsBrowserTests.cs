using System.Text.RegularExpressions;
using Course.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Course.Tests.Flashcards;

/// <summary>
/// Flashcards of the real course (#13.6): the decks are reached from the glossary and from a chapter's
/// key terms, and the Leitner boxes bring back, on the next day, the cards the student did not know.
/// The browser's clock is Playwright's fake clock.
/// </summary>
[Collection(QuizzesBrowserCollection.Name)]
public sealed class FlashcardsBrowserTests(BrowserFixture site)
{
    private static readonly DateTime Monday = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("kk", false, "light")]
    [InlineData("ru", true, "dark")]
    public async Task A_session_over_two_days_brings_back_the_cards_not_known(string lang, bool phone, string theme)
    {
        IPage page = await NewPageAsync(phone, theme);
        await page.Clock.InstallAsync(new() { TimeDate = Monday });
        await page.GotoAsync(site.Url($"{lang}/glossary/"));
        await page.Locator(".glossary-flashcards-link a").ClickAsync();
        await page.WaitForURLAsync(site.Url($"{lang}/flashcards/"));
        ILocator term = page.Locator("[data-flashcard-term]");
        await Expect(page.Locator("[data-flashcards-session]")).ToBeVisibleAsync();
        Assert.Equal(theme, await page.GetAttributeAsync("html", "data-theme"));
        int total = await page.Locator("[data-flashcards-list] [data-card]").CountAsync();
        Assert.True(total > 10, $"the course deck has {total} cards");
        Assert.NotEqual("DOS", await term.TextContentAsync());
        Assert.Equal(await page.Locator("[data-flashcards-list] [data-card-term]").First.TextContentAsync(), await term.TextContentAsync());

        // The deck as it opens is its page kind's axe check (StabilityBrowserTests); here the states that follow.

        await page.Locator("[data-flashcards-show]").ClickAsync();
        await Expect(page.Locator("[data-flashcard-definition]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-flashcards-show]")).ToHaveAttributeAsync("aria-expanded", "true");
        await AssertNoAxeViolations(page, "definition shown");
        string known = (await page.Locator("[data-flashcards-session]").GetAttributeAsync("data-card"))!;
        await page.Keyboard.PressAsync("1");
        await Expect(page.Locator("[data-flashcards-session]")).Not.ToHaveAttributeAsync("data-card", known);
        string missed = (await page.Locator("[data-flashcards-session]").GetAttributeAsync("data-card"))!;
        await page.Locator("body").PressAsync("Space");
        await Expect(page.Locator("[data-flashcard-definition]")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("2");
        await Expect(page.Locator("[data-flashcards-session]")).Not.ToHaveAttributeAsync("data-card", missed);

        await page.Clock.SetSystemTimeAsync(Monday.AddDays(1));
        await page.ReloadAsync();

        await Expect(page.Locator("[data-flashcards-session]")).ToHaveAttributeAsync("data-card", missed);
        await Expect(page.Locator("[data-flashcards-position]")).ToContainTextAsync((total - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("[data-flashcards-knew]").ClickAsync();
        await Expect(page.Locator("[data-flashcards-session]")).Not.ToHaveAttributeAsync("data-card", known);

        await page.Clock.SetSystemTimeAsync(Monday.AddDays(3));
        await page.ReloadAsync();
        await Expect(page.Locator("[data-flashcards-session]")).ToHaveAttributeAsync("data-card", known);

        await page.Locator("[data-flashcards-reset]").ClickAsync();
        await Expect(page.Locator("[data-flashcards-dialog]")).ToBeVisibleAsync();
        await AssertNoAxeViolations(page, "reset dialog");
        await page.Locator("[data-flashcards-dialog-cancel]").ClickAsync();
        await Expect(page.Locator("[data-flashcards-session]")).ToHaveAttributeAsync("data-card", known);
        await page.Locator("[data-flashcards-reset]").ClickAsync();
        await page.Locator("[data-flashcards-dialog-ok]").ClickAsync();
        await Expect(page.Locator("[data-flashcards-position]")).ToContainTextAsync(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0, await page.EvaluateAsync<int>($"Object.keys(CourseStore.get().langs['{lang}'].cards || {{}}).length"));
    }

    [Theory]
    [InlineData("kk", true, "dark")]
    [InlineData("ru", false, "light")]
    public async Task A_chapter_deck_is_linked_from_its_key_terms_and_ends_with_a_summary(string lang, bool phone, string theme)
    {
        IPage page = await NewPageAsync(phone, theme);
        await page.GotoAsync(site.Url($"{lang}/concepts/"));
        List<string> keyTerms = [.. (await page.Locator(".key-terms li a").EvaluateAllAsync<string[]>("links => links.map(a => a.hash.slice(1))"))];
        await page.Locator(".key-terms-cards a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/concepts/flashcards/$"));
        await Expect(page.Locator("[data-flashcards-session]")).ToBeVisibleAsync();
        Assert.Equal(theme, await page.GetAttributeAsync("html", "data-theme"));
        Assert.Contains((await page.Locator("[data-flashcards-session]").GetAttributeAsync("data-card"))!, keyTerms);

        int count = await page.Locator("[data-flashcards-list] [data-card]").CountAsync();
        for (int i = 0; i < count; i++)
        {
            await page.Keyboard.PressAsync(i % 3 == 0 ? "2" : "1");
        }

        await Expect(page.Locator("[data-flashcards-summary]")).ToBeVisibleAsync();
        await Expect(page.Locator("#flashcards-summary-title")).ToBeFocusedAsync();
        int missed = (count + 2) / 3;
        await Expect(page.Locator("[data-flashcards-summary-text]")).ToContainTextAsync(missed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-flashcards-next]")).Not.ToBeEmptyAsync();
        await AssertNoAxeViolations(page, "summary");

        await page.ReloadAsync();
        await Expect(page.Locator("[data-flashcards-position]")).ToContainTextAsync(missed.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>A page in the theme the toggle chose (theme.js), with the system preference to match.</summary>
    private async Task<IPage> NewPageAsync(bool phone, string theme)
    {
        IPage page = await site.NewPageAsync(phone);
        await page.AddInitScriptAsync($"try {{ localStorage.setItem('course:theme', '{theme}'); }} catch (e) {{}}");
        await page.EmulateMediaAsync(new() { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        return page;
    }

    private static Task AssertNoAxeViolations(IPage page, string state) => AxeCheck.AssertNoViolationsAsync(page, state);
}
