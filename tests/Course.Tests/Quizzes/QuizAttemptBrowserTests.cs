using Course.Tests.Browser;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Course.Tests.Quizzes;

/// <summary>
/// A student taking a quiz of the real course (#13): answers kept over a reload, finishing with
/// questions left open, marking in place, the review and "retry missed". Questions are picked from the
/// page by type, so the content helpers may change the banks.
/// </summary>
[Collection(QuizzesBrowserCollection.Name)]
public sealed class QuizAttemptBrowserTests(BrowserFixture site)
{
    [Theory]
    [InlineData("kk", false)]
    [InlineData("ru", true)]
    public async Task Answers_are_back_after_a_reload(string lang, bool phone)
    {
        IPage page = await OpenQuiz(lang, phone);
        int total = await page.Locator("[data-quiz-question]").CountAsync();
        ILocator choices = page.Locator("[data-quiz-question][data-type='single'], [data-quiz-question][data-type='truefalse']");
        ILocator first = choices.Nth(0);
        ILocator second = choices.Nth(1);

        await first.Locator("input").First.CheckAsync();
        await second.Locator("input").Last.CheckAsync();
        await second.Locator("[data-quiz-check]").ClickAsync();
        await Expect(page.Locator("[data-quiz-progress-text]")).ToContainTextAsync($"2");
        await Expect(page.Locator("[data-quiz-progress-text]")).ToContainTextAsync($"{total}");
        string firstValue = (await first.Locator("input").First.GetAttributeAsync("value"))!;

        await page.ReloadAsync();

        await Expect(first.Locator($"input[value='{firstValue}']")).ToBeCheckedAsync();
        await Expect(second.Locator("input").Last).ToBeCheckedAsync();
        await Expect(second).ToHaveAttributeAsync("data-state", new System.Text.RegularExpressions.Regex("^(right|wrong)$"));
        Assert.False(await first.Locator("input").First.IsDisabledAsync());
        await Expect(page.Locator("[data-quiz-progress]")).ToBeVisibleAsync();
        Assert.Equal("sticky", await page.Locator("[data-quiz-progress]").EvaluateAsync<string>("e => getComputedStyle(e).position"));
        await Expect(page.Locator("[data-quiz-progress-text]")).ToContainTextAsync("2");
    }

    [Theory]
    [InlineData("kk", false, "light")]
    [InlineData("ru", true, "dark")]
    public async Task Finish_with_unanswered_asks_first_counts_them_apart_and_links_them_for_review(string lang, bool phone, string theme)
    {
        IPage page = await OpenQuiz(lang, phone, theme);
        int total = await page.Locator("[data-quiz-question]").CountAsync();

        // The quiz as it opens is its page kind's axe check (StabilityBrowserTests); here the states that follow.

        ILocator singles = page.Locator("[data-quiz-question][data-type='single']");
        ILocator right = singles.Nth(0);
        ILocator wrong = singles.Nth(1);
        await AnswerRight(right);
        await AnswerWrong(wrong);
        await wrong.Locator("[data-quiz-check]").ClickAsync();
        await Expect(wrong.Locator(".quiz-mark-yours-wrong")).ToHaveCountAsync(1);
        await Expect(wrong.Locator(".quiz-mark-right")).ToHaveCountAsync(1);
        await Expect(wrong.Locator(".quiz-mark-yours-wrong")).Not.ToHaveTextAsync(string.Empty);
        await AssertNoAxeViolations(page, "after checking");

        ILocator empty = page.Locator("[data-quiz-question]:not([data-state])").Last;
        await empty.Locator("[data-quiz-check]").ClickAsync();
        await Expect(empty.Locator("[data-quiz-feedback]")).ToBeVisibleAsync();
        await Expect(empty.Locator("[data-quiz-feedback] .quiz-verdict-empty")).Not.ToHaveTextAsync(string.Empty);

        await page.Locator("[data-quiz-finish]").ClickAsync();
        await Expect(page.Locator("[data-quiz-dialog]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-quiz-dialog-text]")).ToContainTextAsync((total - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await AssertNoAxeViolations(page, "dialog");
        await page.Locator("[data-quiz-dialog-cancel]").ClickAsync();
        await Expect(page.Locator("[data-quiz-dialog]")).ToBeHiddenAsync();
        await Expect(page.Locator("[data-quiz-result]")).ToBeHiddenAsync();

        await page.Locator("[data-quiz-finish]").ClickAsync();
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();

        await Expect(page.Locator("[data-quiz-result]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-quiz-question][data-state='unanswered']")).ToHaveCountAsync(total - 2);
        await Expect(page.Locator("[data-quiz-question][data-state='right']")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-quiz-counts]")).ToContainTextAsync((total - 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.Locator("[data-quiz-pass]")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("quiz-pass-no"));
        await Expect(page.Locator("[data-quiz-pass]")).ToContainTextAsync("70 %");
        ILocator links = page.Locator("[data-quiz-review] a");
        await Expect(links).ToHaveCountAsync(total - 1);
        string wrongId = (await wrong.GetAttributeAsync("id"))!;
        await Expect(page.Locator($"[data-quiz-review] a[href='#{wrongId}']")).ToHaveCountAsync(1);
        await Expect(page.Locator($"[data-quiz-review] a[href='#{(await right.GetAttributeAsync("id"))!}']")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-quiz-history] li")).ToHaveCountAsync(1);
        await AssertNoAxeViolations(page, "result");

        await page.Locator($"[data-quiz-review] a[href='#{wrongId}']").ClickAsync();
        Assert.EndsWith("#" + wrongId, page.Url);
        await Expect(wrong).ToBeInViewportAsync();

        await page.GotoAsync(site.Url($"{lang}/quizzes/"));
        string quizId = (await page.Locator("[data-quiz-history]").First.GetAttributeAsync("data-quiz-history"))!;
        await Expect(page.Locator($"[data-quiz-history='{quizId}'] li")).ToHaveCountAsync(1);
        await Expect(page.Locator($"[data-quiz-best='{quizId}']")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^1\\D+{total}$"));
        await AssertNoAxeViolations(page, "overview");

        // The language home's card of the quiz's chapter shows the best score (progress.js, from the same store).
        await page.GotoAsync(site.Url($"{lang}/"));
        ILocator card = page.Locator($"[data-chapter-progress][data-quiz-id='{quizId}'] [data-quiz-best]");
        await Expect(card).ToHaveCountAsync(1);
        await Expect(card).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"(^|\\D)1\\D+{total}(\\D|$)"));
    }

    [Theory]
    [InlineData("kk", true)]
    [InlineData("ru", false)]
    public async Task Retry_missed_reopens_only_the_missed_questions(string lang, bool phone)
    {
        IPage page = await OpenQuiz(lang, phone);
        int total = await page.Locator("[data-quiz-question]").CountAsync();
        ILocator right = page.Locator("[data-quiz-question][data-type='single']").First;
        await AnswerRight(right);
        await page.Locator("[data-quiz-finish]").ClickAsync();
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
        await Expect(page.Locator("[data-quiz-result]")).ToBeVisibleAsync();

        await page.Locator("[data-quiz-retry-missed]").ClickAsync();

        await Expect(page.Locator("[data-quiz-result]")).ToBeHiddenAsync();
        await Expect(right).ToHaveAttributeAsync("data-state", "right");
        await Expect(page.Locator("[data-quiz-question][data-state]")).ToHaveCountAsync(1);
        Assert.False(await page.Locator("[data-quiz-question]:not([data-state]) input, [data-quiz-question]:not([data-state]) select").First.IsDisabledAsync());
        await Expect(page.Locator("[data-quiz-progress-text]")).ToContainTextAsync("1");
        await page.ReloadAsync();
        await Expect(right).ToHaveAttributeAsync("data-state", "right");
        await Expect(page.Locator("[data-quiz-result]")).ToBeHiddenAsync();

        await page.Locator("[data-quiz-finish]").ClickAsync();
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
        await Expect(page.Locator("[data-quiz-history] li")).ToHaveCountAsync(2);
        await Expect(page.Locator("[data-quiz-review] a")).ToHaveCountAsync(total - 1);
    }

    [Theory]
    [InlineData("kk", true)]
    [InlineData("ru", false)]
    public async Task Without_javascript_every_question_shows_with_its_answer_key_folded(string lang, bool phone)
    {
        site.Require();
        IBrowserContext context = await site.NewContextAsync(phone
            ? new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true, HasTouch = true }
            : new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(site.Url($"{lang}/quizzes/"));
        List<string> quizzes = [.. await page.Locator(".quiz-overview-table tbody a").EvaluateAllAsync<string[]>("links => links.map(a => a.href)")];
        Assert.NotEmpty(quizzes);

        await page.GotoAsync(quizzes[^1]);
        ILocator questions = page.Locator("[data-quiz-question]");
        int total = await questions.CountAsync();
        Assert.True(total > 5, $"{total} questions");
        for (int i = 0; i < total; i++)
        {
            ILocator question = questions.Nth(i);
            await Expect(question).ToBeVisibleAsync();
            await Expect(question.Locator("legend").First).Not.ToBeEmptyAsync();
            ILocator key = question.Locator("details[data-quiz-answer]");
            await Expect(key).ToHaveCountAsync(1);
            Assert.Null(await key.GetAttributeAsync("open"));
            await Expect(key.Locator("[data-quiz-explanation]")).ToBeHiddenAsync();
        }

        await Expect(page.Locator("[data-quiz-check]").First).ToBeHiddenAsync();
        await Expect(page.Locator("[data-quiz-progress]")).ToBeHiddenAsync();
        ILocator last = questions.Nth(total - 1);
        await last.Locator("details[data-quiz-answer] > summary").ClickAsync();
        await Expect(last.Locator("[data-quiz-explanation]")).ToBeVisibleAsync();
        await Expect(last.Locator("[data-quiz-key]")).ToBeVisibleAsync();
        await Expect(last.Locator("details[data-quiz-answer] a").Last).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^\\.\\./"));
    }

    [Theory]
    [InlineData("kk", "dark")]
    [InlineData("ru", "light")]
    public async Task Marks_and_result_are_legible_in_the_theme_the_toggle_chose(string lang, string theme)
    {
        IPage page = await site.NewPageAsync();
        await page.AddInitScriptAsync($"try {{ localStorage.setItem('course:theme', '{theme}'); }} catch (e) {{}}");
        await page.GotoAsync(site.Url($"{lang}/quizzes/"));
        string href = (await page.Locator(".quiz-overview-table tbody a").Last.GetAttributeAsync("href"))!;
        await page.GotoAsync(new Uri(new Uri(page.Url), href).AbsoluteUri);
        Assert.Equal(theme, await page.GetAttributeAsync("html", "data-theme"));

        ILocator singles = page.Locator("[data-quiz-question][data-type='single']");
        await AnswerWrong(singles.Nth(0));
        await singles.Nth(0).Locator("[data-quiz-check]").ClickAsync();
        await AnswerRight(singles.Nth(1));
        await singles.Nth(1).Locator("[data-quiz-check]").ClickAsync();
        await Expect(singles.Nth(1).Locator(".quiz-mark-yours-right")).ToHaveCountAsync(1);
        await page.Locator("[data-quiz-finish]").ClickAsync();
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
        await Expect(page.Locator("[data-quiz-result]")).ToBeVisibleAsync();

        await AssertNoAxeViolations(page, theme + " theme");
    }

    private async Task<IPage> OpenQuiz(string lang, bool phone, string? theme = null)
    {
        IPage page = await site.NewPageAsync(phone);
        if (theme is not null)
        {
            // The theme toggle's choice (theme.js), and the system preference to match.
            await page.AddInitScriptAsync($"try {{ localStorage.setItem('course:theme', '{theme}'); }} catch (e) {{}}");
            await page.EmulateMediaAsync(new() { ColorScheme = theme == "dark" ? ColorScheme.Dark : ColorScheme.Light });
        }

        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(site.Url($"{lang}/quizzes/"));
        string href = (await page.Locator(".quiz-overview-table tbody a").First.GetAttributeAsync("href"))!;
        await page.GotoAsync(new Uri(new Uri(page.Url), href).AbsoluteUri);
        await Expect(page.Locator("[data-quiz-progress]")).ToBeVisibleAsync();
        if (theme is not null)
        {
            Assert.Equal(theme, await page.GetAttributeAsync("html", "data-theme"));
        }

        Assert.Empty(errors);
        return page;
    }

    private static async Task AnswerRight(ILocator question)
    {
        string key = (await question.GetAttributeAsync("data-answer"))!.Trim('[', ']').Split(',')[0];
        await question.Locator($"input[value='{key}']").CheckAsync();
    }

    private static async Task AnswerWrong(ILocator question)
    {
        string key = (await question.GetAttributeAsync("data-answer"))!.Trim('[', ']').Split(',')[0];
        await question.Locator($"input:not([value='{key}'])").First.CheckAsync();
    }

    private static Task AssertNoAxeViolations(IPage page, string state) => AxeCheck.AssertNoViolationsAsync(page, state);
}
