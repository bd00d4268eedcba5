using System.Globalization;
using Course.Tests.Browser;
using Microsoft.Playwright;
using Xunit;

namespace Course.Tests.Student;

/// <summary>No layout shift on a throttled phone or desktop, and no accessibility violation on any page kind, language or theme (issue #12, points 7 and 12).</summary>
[Collection(BrowserCollection.Name)]
public sealed class StabilityBrowserTests(BrowserFixture site, ITestOutputHelper output)
{
    // Cumulative layout shift as web-vitals counts it (shifts right after input excluded), from the start of loading.
    private const string MeasureShifts = """
        window.__cls = 0;
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) { if (!entry.hadRecentInput) window.__cls += entry.value; }
        }).observe({ type: 'layout-shift', buffered: true });
        """;

    [Theory]
    [InlineData("kk/", true)]
    [InlineData("kk/offender/portrait/", true)]
    [InlineData("kk/concepts/quiz/", true)]
    [InlineData("kk/glossary/", true)]
    [InlineData("ru/", false)]
    [InlineData("ru/offender/portrait/", false)]
    [InlineData("ru/concepts/quiz/", false)]
    [InlineData("ru/glossary/", false)]
    public async Task Layout_shift_stays_below_a_tenth_on_a_throttled_cpu(string path, bool phone)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, string.Empty, phone);
        IPage page = student.Page;
        ICDPSession cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
        await page.AddInitScriptAsync(MeasureShifts);

        await page.GotoAsync(site.Url(path), new() { WaitUntil = WaitUntilState.NetworkIdle });
        await page.EvaluateAsync("() => document.fonts.ready");
        await StudentPages.FramesAsync(page);
        double shift = await page.EvaluateAsync<double>("() => window.__cls");

        output.WriteLine($"CLS {path} ({(phone ? "phone" : "desktop")}): {shift.ToString("0.0000", CultureInfo.InvariantCulture)}");
        Assert.True(shift < 0.1, $"layout shift {shift:0.000} on {path}");
    }

    // Every page kind in both languages; each language in the other theme, so both themes meet every kind.
    [Theory]
    [InlineData("kk/", ColorScheme.Light)]
    [InlineData("ru/", ColorScheme.Dark)]
    [InlineData("kk/concepts/", ColorScheme.Dark)]
    [InlineData("ru/concepts/", ColorScheme.Light)]
    [InlineData("kk/prevention/precautions/", ColorScheme.Light)]
    [InlineData("ru/prevention/precautions/", ColorScheme.Dark)]
    [InlineData("kk/foreign-law/legal-families/", ColorScheme.Dark)]
    [InlineData("ru/foreign-law/legal-families/", ColorScheme.Light)]
    [InlineData("kk/summary/", ColorScheme.Light)]
    [InlineData("ru/sources/", ColorScheme.Dark)]
    [InlineData("kk/glossary/", ColorScheme.Dark)]
    [InlineData("ru/glossary/", ColorScheme.Light)]
    [InlineData("kk/concepts/quiz/", ColorScheme.Light)]
    [InlineData("ru/offender/quiz/", ColorScheme.Dark)]
    [InlineData("kk/quizzes/", ColorScheme.Dark)]
    [InlineData("ru/quizzes/", ColorScheme.Light)]
    [InlineData("kk/404.html", ColorScheme.Light)]
    [InlineData("ru/404.html", ColorScheme.Light)] // 404 pages link the theme from the site's base path (/), which the test server does not serve from
    [InlineData("?choose", ColorScheme.Dark)]
    public async Task Every_page_kind_has_no_axe_violation_in_both_languages_and_themes(string path, ColorScheme scheme)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, path, phone: scheme == ColorScheme.Dark, scheme);
        await AssertNoViolationsAsync(student.Page, path + " " + scheme);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task The_manual_dark_theme_and_the_student_states_have_no_axe_violation(string lang)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, lang + "/offender/portrait/", phone: false, ColorScheme.Light);
        IPage page = student.Page;
        await page.Locator(".theme-toggle").ClickAsync();
        await page.Locator("[data-parallel-toggle]").ClickAsync();
        await page.Locator(".parallel-twin").First.WaitForAsync();
        await StudentPages.ReadToTheEndAsync(page);
        await AssertNoViolationsAsync(page, "parallel, read, manual dark");

        await page.GotoAsync(site.Url(lang + "/concepts/quiz/"));
        ILocator question = page.Locator("[data-quiz-question][data-type=single]").First;
        await question.Locator("input").First.CheckAsync();
        await question.Locator("[data-quiz-check]").ClickAsync();
        await AssertNoViolationsAsync(page, "quiz checked, manual dark");

        await page.GotoAsync(site.Url(lang + "/"));
        await page.Locator("[data-progress-reset]").ClickAsync();
        await page.Locator("dialog[data-reset-dialog]").WaitForAsync();
        await AssertNoViolationsAsync(page, "dashboard with the reset dialog, manual dark");
    }

    private static Task AssertNoViolationsAsync(IPage page, string state) => AxeCheck.AssertNoViolationsAsync(page, state);
}
