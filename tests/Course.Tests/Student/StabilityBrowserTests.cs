using System.Globalization;
using Course.Tests.Browser;
using Microsoft.Playwright;
using Xunit;

namespace Course.Tests.Student;

/// <summary>
/// No layout shift on a throttled phone or desktop, and no accessibility violation on any page kind, language or theme
/// (issue #12, points 7 and 12): with the service worker running, as a student's browser shows the pages.
/// </summary>
[Collection(PageKindsBrowserCollection.Name)]
public sealed class StabilityBrowserTests(BrowserFixture site, ITestOutputHelper output)
{
    // Cumulative layout shift as web-vitals counts it (shifts right after input excluded), from the start of loading.
    private const string MeasureShifts = """
        window.__cls = 0;
        new PerformanceObserver(list => {
          for (const entry of list.getEntries()) { if (!entry.hadRecentInput) window.__cls += entry.value; }
        }).observe({ type: 'layout-shift', buffered: true });
        """;

    // Once per page kind and width (the languages differ in text only): each case takes the language that shifted
    // more in a full run of both (ru's home 0.066 on a phone, 0.038 on a desktop; ties alternate).
    [Theory]
    [InlineData("ru/", true)]
    [InlineData("ru/", false)]
    [InlineData("kk/offender/portrait/", true)]
    [InlineData("ru/offender/portrait/", false)]
    [InlineData("kk/concepts/quiz/", true)]
    [InlineData("ru/concepts/quiz/", false)]
    [InlineData("kk/glossary/", true)]
    [InlineData("ru/glossary/", false)]
    public async Task Layout_shift_stays_below_a_tenth_on_a_throttled_cpu(string path, bool phone)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, string.Empty, phone, serviceWorker: true);
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

    // Every page kind the course has, each in one language's run; "search" is the home with the results list open.
    // The suite's one axe pass per page kind (the print book included): other browser tests check states, not kinds.
    private static readonly string[] PageKinds =
    [
        "{0}/", "{0}/concepts/", "{0}/foreign-law/legal-families/", "{0}/prevention/precautions/", "{0}/glossary/",
        "{0}/concepts/quiz/", "{0}/quizzes/", "{0}/concepts/flashcards/", "{0}/flashcards/", "{0}/concepts/cases/",
        "{0}/syllabus/", "{0}/sources/", "{0}/summary/", Search, "{0}/print/", NotFound,
    ];

    private const string Search = "search";

    // The language chooser has no toggle: it shows the theme chosen on the course's pages.
    private const string Chooser = "?choose";

    // Served below a base path here, the 404 page's root-relative scripts do not load (hosts serve it at the root):
    // it has neither the remembered theme nor a working toggle, so it is checked as it shows, at both widths.
    private const string NotFound = "{0}/404.html";

    /// <summary>
    /// Each page is checked in the theme it opens with (the last one chosen, which theme.js applies before the first
    /// paint), then the header's toggle switches it and the same document is checked again. In light every axe rule
    /// runs; the toggle changes colours only, so in dark axe's colour rules run. One language is checked light at
    /// desktop width and dark at phone width, the other the other way round: both layouts get every rule and both
    /// themes at both widths.
    /// </summary>
    [Theory]
    [InlineData("kk", false)]
    [InlineData("ru", true)]
    public async Task Every_page_kind_has_no_axe_violation_in_both_languages_light_and_with_the_dark_toggle(string lang, bool lightOnPhone)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, string.Empty, phone: false, ColorScheme.Light, serviceWorker: true);
        IPage page = student.Page;
        await AxeCheck.LoadInEveryDocumentAsync(page);
        var violations = new List<string>();
        async Task CheckAsync(string kind, bool dark, bool phone)
        {
            await page.SetViewportSizeAsync(phone ? 390 : 1366, phone ? 844 : 900);
            if (kind == Search)
            {
                await ShowSearchResultsAsync(page);
            }

            string[] found = dark ? await AxeCheck.ColourViolationsAsync(page) : await AxeCheck.ViolationsAsync(page);
            violations.AddRange(found.Select(v => $"{kind} ({(dark ? "dark" : "light")}, {(phone ? "phone" : "desktop")}): {v}"));
        }

        Task CheckThemeAsync(string kind, bool dark) => CheckAsync(kind, dark, phone: dark != lightOnPhone);

        await page.GotoAsync(site.Url(Chooser));
        Assert.False(await IsDarkAsync(page));
        await CheckThemeAsync(Chooser, dark: false);

        bool darkChosen = false;
        foreach (string kind in PageKinds)
        {
            await page.GotoAsync(site.Url(string.Format(CultureInfo.InvariantCulture, kind == Search ? "{0}/" : kind, lang)));
            if (kind == NotFound)
            {
                await CheckAsync(kind, dark: false, phone: false);
                await CheckAsync(kind, dark: false, phone: true);
                continue;
            }

            Assert.Equal(darkChosen, await IsDarkAsync(page));
            await CheckThemeAsync(kind, darkChosen);
            await page.Locator(".theme-toggle").ClickAsync();
            darkChosen = !darkChosen;
            Assert.Equal(darkChosen, await IsDarkAsync(page));
            await CheckThemeAsync(kind, darkChosen);
        }

        if (!darkChosen)
        {
            await page.GotoAsync(site.Url(lang + "/"));
            await page.Locator(".theme-toggle").ClickAsync();
        }

        await page.GotoAsync(site.Url(Chooser));
        Assert.True(await IsDarkAsync(page));
        await CheckThemeAsync(Chooser, dark: true);

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private static Task<bool> IsDarkAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => (document.documentElement.getAttribute('data-theme') || (matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light')) === 'dark'");

    // Typed again each time: a click elsewhere (the toggle) closes the list.
    private static async Task ShowSearchResultsAsync(IPage page)
    {
        ILocator input = page.Locator(".search input");
        await input.FillAsync(string.Empty);
        await input.FillAsync("фишинг");
        await page.Locator(".search-results:not([hidden]) [role=option]").First.WaitForAsync();
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task The_manual_dark_theme_and_the_student_states_have_no_axe_violation(string lang)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, string.Empty, phone: false, ColorScheme.Light, serviceWorker: true);
        IPage page = student.Page;
        await AxeCheck.LoadInEveryDocumentAsync(page);
        await page.GotoAsync(site.Url(lang + "/offender/portrait/"));
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

    // The focus ring against what surrounds it (the outline sits outside the element): WCAG 1.4.11 asks 3:1.
    private const string FocusRingContrast = """
        () => {
          const rgb = text => {
            const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(text) || /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)(?: \/ ([\d.]+))?/.exec(text);
            if (!m) return null;
            const scale = text.startsWith('color(') ? 255 : 1;
            return { r: m[1] * scale, g: m[2] * scale, b: m[3] * scale, a: m[4] === undefined ? 1 : Number(m[4]) };
          };
          const luminance = c => {
            const lin = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
            return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
          };
          const el = document.activeElement;
          const style = getComputedStyle(el);
          let around = null;
          for (let node = el.parentElement; node && !around; node = node.parentElement) {
            const c = rgb(getComputedStyle(node).backgroundColor);
            if (c && c.a === 1) around = c;
          }
          around = around || rgb(getComputedStyle(document.body).backgroundColor);
          const ring = rgb(style.outlineColor);
          const name = el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '') + ' ' + (el.textContent || '').trim().slice(0, 20);
          if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 2 || !ring) return '0|' + name;
          const [hi, lo] = [luminance(ring), luminance(around)].sort((a, b) => b - a);
          return ((hi + 0.05) / (lo + 0.05)).toFixed(3) + '|' + name;
        }
        """;

    [Theory]
    [InlineData("kk/concepts/quiz/")]
    [InlineData("ru/concepts/quiz/")]
    [InlineData("ru/foreign-law/legal-families/")]
    [InlineData("kk/glossary/")]
    public async Task With_the_dark_toggle_every_focus_ring_keeps_three_to_one_against_its_surroundings(string path)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, path, phone: false, ColorScheme.Light, serviceWorker: true);
        IPage page = student.Page;
        await page.Locator(".theme-toggle").ClickAsync();
        await page.Locator("body").ClickAsync(new() { Position = new() { X = 1, Y = 400 } });

        var weak = new List<string>();
        double lowest = double.MaxValue;
        for (int i = 0; i < 40; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            string[] ring = (await page.EvaluateAsync<string>(FocusRingContrast)).Split('|', 2);
            double ratio = double.Parse(ring[0], CultureInfo.InvariantCulture);
            lowest = Math.Min(lowest, ratio);
            if (ratio < 3)
            {
                weak.Add($"{ring[1]}: {ring[0]}:1");
            }
        }

        output.WriteLine($"lowest focus ring contrast on {path} (dark toggle): {lowest.ToString("0.00", CultureInfo.InvariantCulture)}:1");
        Assert.Equal("dark", await page.EvaluateAsync<string>("() => document.documentElement.getAttribute('data-theme')"));
        Assert.True(weak.Count == 0, string.Join("\n", weak));
    }

    private static Task AssertNoViolationsAsync(IPage page, string state) => AxeCheck.AssertNoViolationsAsync(page, state);
}
