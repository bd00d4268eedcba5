using Course.Tests.Browser;
using Course.Tests.Support;
using Course.Web.Quizzes;
using Course.Web.Quizzes.Rendering;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Course.Tests.Quizzes;

/// <summary>quiz.js in a real browser, from file://, under a CSP without inline scripts or styles.</summary>
[Collection(QuizzesBrowserCollection.Name)]
public sealed class QuizBrowserTests(BrowserFixture browser, QuizBrowserPages pages) : IClassFixture<QuizBrowserPages>
{
    private static readonly QuizBank Bank = QuizSectionValidatorTests.Bank(QuizYaml.AllTypes);

    [Fact]
    public async Task Checking_gives_feedback_through_the_live_region_and_locks_the_question()
    {
        IPage page = await OpenQuiz();
        ILocator first = page.Locator("#q-budapest-year");

        await Expect(first.Locator("details")).ToBeHiddenAsync();
        await first.GetByLabel("2001 жылы").CheckAsync();
        await first.GetByRole(AriaRole.Button, new() { Name = "Тексеру" }).ClickAsync();

        await Expect(first.Locator("[data-quiz-feedback] .quiz-verdict")).ToHaveTextAsync("Дұрыс!");
        await Expect(first.Locator("[data-quiz-feedback] a")).ToHaveAttributeAsync("href", "../threats/");
        await Expect(page.Locator("[data-quiz-status]")).ToContainTextAsync("Дұрыс! Конвенция 2001 жылы қабылданды. Толығырақ: Қауіптер");
        Assert.True(await first.Locator("input").First.IsDisabledAsync());
        Assert.Equal("true", await first.Locator("[data-quiz-check]").GetAttributeAsync("aria-disabled"));
    }

    [Fact]
    public async Task A_wrong_choice_shows_its_own_feedback_and_the_right_answer()
    {
        IPage page = await OpenQuiz();
        ILocator first = page.Locator("#q-budapest-year");

        await first.GetByLabel("1996 жылы").CheckAsync();
        await first.Locator("[data-quiz-check]").ClickAsync();

        ILocator feedback = first.Locator("[data-quiz-feedback]");
        await Expect(feedback.Locator(".quiz-verdict")).ToHaveTextAsync("Қате.");
        await Expect(feedback.Locator(".quiz-note")).ToHaveTextAsync("Бұл – ТМД модельдік кодексі қабылданған жыл.");
        await Expect(feedback.Locator("[data-quiz-key]")).ToContainTextAsync("2001 жылы");
    }

    [Fact]
    public async Task Checking_without_an_answer_asks_for_one_and_keeps_the_question_open()
    {
        IPage page = await OpenQuiz();
        ILocator second = page.Locator("#q-threat-kinds");

        await second.Locator("[data-quiz-check]").ClickAsync();

        await Expect(page.Locator("[data-quiz-status]")).ToHaveTextAsync("Алдымен сұраққа жауап беріңіз.");
        Assert.False(await second.Locator("input").First.IsDisabledAsync());
        await Expect(second.Locator("[data-quiz-feedback]")).ToBeVisibleAsync();
        await Expect(second.Locator("[data-quiz-feedback]")).ToHaveTextAsync("Алдымен сұраққа жауап беріңіз.");

        await second.Locator("input").First.CheckAsync();
        await Expect(second.Locator("[data-quiz-feedback]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_whole_quiz_works_with_the_keyboard_and_keeps_the_best_score()
    {
        IPage page = await OpenQuiz();

        await page.Locator("#quiz-4-input").FocusAsync();
        await page.Keyboard.TypeAsync("  швецияда!");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#q-first-law .quiz-verdict")).ToHaveTextAsync("Дұрыс!");

        await page.Locator("#quiz-3-false").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#q-always-online [data-quiz-check]")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#q-always-online .quiz-verdict")).ToHaveTextAsync("Дұрыс!");

        foreach ((string left, string right) in new[] { ("0", "0"), ("1", "1"), ("2", "2") })
        {
            await page.Locator($"#quiz-5-{left}").SelectOptionAsync(right);
        }

        await Expect(page.Locator("[data-quiz-progress-text]")).ToHaveTextAsync("3 / 6 сұраққа жауап берілді");
        await page.Locator("[data-quiz-finish]").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-quiz-dialog]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-quiz-dialog-cancel]")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-quiz-dialog-text]")).ToContainTextAsync("3 сұраққа жауап берілмеген");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.Locator("[data-quiz-score]")).ToHaveTextAsync("Дұрыс жауаптар саны: 3 / 6");
        await Expect(page.Locator("[data-quiz-counts]")).ToHaveTextAsync("Дұрыс: 3 · қате: 0 · жауап берілмеген: 3");
        await Expect(page.Locator("[data-quiz-pass]")).ToContainTextAsync("50 %");
        await Expect(page.Locator("#quiz-result-title")).ToBeFocusedAsync();
        await Expect(page.Locator("[data-quiz-status]")).ToHaveTextAsync("Дұрыс жауаптар саны: 3 / 6");
        Assert.Equal("3,6,1", await page.EvaluateAsync<string>("(() => { const q = CourseStore.get().langs.kk.quizzes['kk/concepts']; return [q.best, q.total, q.history.length].join(','); })()"));

        await page.Locator("[data-quiz-retry]").ClickAsync();
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
        await Expect(page.Locator("[data-quiz-result]")).ToBeHiddenAsync();
        Assert.Equal("", await page.Locator("#quiz-4-input").InputValueAsync());
        Assert.False(await page.Locator("#quiz-4-input").IsDisabledAsync());
        await Expect(page.Locator("[data-quiz-status]")).ToHaveTextAsync("Тест қайтадан басталды.");

        await page.Locator("[data-quiz-finish]").ClickAsync();
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
        await Expect(page.Locator("[data-quiz-best-text]")).ToHaveTextAsync("Ең жақсы нәтиже: 3 / 6 Соңғы талпыныс: 0 / 6");
        await page.ReloadAsync();
        await Expect(page.Locator("[data-quiz-best-text]")).ToHaveTextAsync("Ең жақсы нәтиже: 3 / 6 Соңғы талпыныс: 0 / 6");
        await Expect(page.Locator("[data-quiz-history] li")).ToHaveCountAsync(2);

        await page.Locator("[data-quiz-reset]").ClickAsync();
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
        Assert.False(await page.EvaluateAsync<bool>("'best' in (CourseStore.get().langs.kk.quizzes['kk/concepts'] || {})"));
        await Expect(page.Locator("[data-quiz-history-wrap]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Try_again_reshuffles_but_keeps_every_option()
    {
        IPage page = await OpenQuiz();
        await page.Locator("[data-quiz-finish]").ClickAsync();
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();

        var orders = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < 12; i++)
        {
            await page.Locator("[data-quiz-retry]").ClickAsync();
            await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
            string order = string.Join(",", await page.Locator("#q-investigation-steps select").EvaluateAllAsync<string[]>("s => s.map(e => e.dataset.item)"));
            orders.Add(order);
            Assert.Equal("0,1,2", string.Join(",", order.Split(',').Order(StringComparer.Ordinal)));
            await page.Locator("[data-quiz-finish]").ClickAsync();
            await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
        }

        Assert.True(orders.Count > 1, "the order never changed");
        Assert.Equal(["false", "true"], await page.Locator("#q-always-online input").EvaluateAllAsync<string[]>("s => s.map(e => e.value).sort()"));
        Assert.Equal("true", await page.Locator("#q-always-online input").First.GetAttributeAsync("value"));
    }

    [Fact]
    public async Task The_overview_shows_the_stored_best_score()
    {
        IPage page = await Open("overview.html", QuizOverviewRenderer.Render(
            [new("kk/concepts", "Ұғымдар", "quiz.html", 6), new("kk/offender", "Қылмыскер", "quiz.html", 4)], ThemeStrings.Read("kk", "quiz")));
        await page.EvaluateAsync("localStorage.setItem('course:quiz:kk/concepts', JSON.stringify({ v: 1, total: 6, best: 5, last: 2 }))");
        await page.ReloadAsync();

        await Expect(page.Locator("[data-quiz-best='kk/concepts']")).ToHaveTextAsync("5 / 6");
        await Expect(page.Locator("[data-quiz-best='kk/offender']")).ToHaveTextAsync("әлі тапсырылмаған");
        await AssertNoAxeViolations(page);
    }

    [Fact]
    public async Task Axe_finds_no_violation_before_and_after_finishing()
    {
        IPage page = await OpenQuiz();
        await AssertNoAxeViolations(page);

        await page.Locator("#q-budapest-year").GetByLabel("1996 жылы").CheckAsync();
        await page.Locator("#q-budapest-year [data-quiz-check]").ClickAsync();
        await AssertNoAxeViolations(page);
        await page.Locator("[data-quiz-finish]").ClickAsync();
        await AssertNoAxeViolations(page);
        await page.Locator("[data-quiz-dialog-ok]").ClickAsync();
        await AssertNoAxeViolations(page);
    }

    [Fact]
    public async Task Without_javascript_the_answers_are_in_details()
    {
        // The page without its scripts: axe itself needs JavaScript, so it cannot be switched off.
        IPage page = await Open("nojs.html", QuizRenderer.Render(Bank, "kk/concepts", QuizRendererTests.Resolve, ThemeStrings.Read("kk", "quiz")), withScripts: false);

        await Expect(page.Locator("[data-quiz-check]").First).ToBeHiddenAsync();
        await Expect(page.Locator("[data-quiz-finish]")).ToBeHiddenAsync();
        await Expect(page.Locator("#q-budapest-year [data-quiz-explanation]")).ToBeHiddenAsync();
        await page.Locator("#q-budapest-year summary").ClickAsync();
        await Expect(page.Locator("#q-budapest-year [data-quiz-explanation]")).ToBeVisibleAsync();
        await AssertNoAxeViolations(page);
    }

    private Task<IPage> OpenQuiz() =>
        Open("quiz.html", QuizRenderer.Render(Bank, "kk/concepts", QuizRendererTests.Resolve, ThemeStrings.Read("kk", "quiz")));

    private async Task<IPage> Open(string name, string fragment, bool withScripts = true)
    {
        IBrowserContext context = await browser.NewContextAsync();
        IPage page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(pages.WritePage(name, fragment, withScripts));
        await Expect(page.Locator("[data-quiz-question], [data-quiz-overview]").First).ToBeVisibleAsync();
        if (withScripts)
        {
            await Expect(page.Locator("[data-quiz-actions], [data-quiz-overview]").First).ToBeVisibleAsync();
        }

        Assert.Empty(errors);
        return page;
    }

    private static Task AssertNoAxeViolations(IPage page) => AxeCheck.AssertNoViolationsAsync(page);
}
