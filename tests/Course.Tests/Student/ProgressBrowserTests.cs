using System.Text.Json;
using Course.Tests.Browser;
using Microsoft.Playwright;

namespace Course.Tests.Student;

/// <summary>Reading progress, the dashboard and moving progress between browsers (issue #12, points 1–3).</summary>
[Collection(ReadingBrowserCollection.Name)]
public sealed class ProgressBrowserTests(BrowserFixture site)
{
    // Each language once and each width once (pairwise): the language changes the text, the width the layout.
    [Theory]
    [InlineData("kk", false)]
    [InlineData("ru", true)]
    public async Task Reading_a_section_to_its_end_ticks_it_counts_in_the_chapter_and_the_home_continues_there(string lang, bool phone)
    {
        string path = lang + "/concepts/definition/";
        await using StudentPage student = await StudentPages.OpenAsync(site, path, phone);
        IPage page = student.Page;
        ILocator link = page.Locator($".site-nav a[data-path='{path}']");
        Assert.Null(await link.GetAttributeAsync("data-read"));

        await StudentPages.ReadToTheEndAsync(page);

        await page.Locator($".site-nav a[data-path='{path}'][data-read]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        Assert.Equal(", " + (lang == "kk" ? "оқылды" : "прочитано"), await link.Locator(".nav-read").TextContentAsync());
        string tick = await link.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
        Assert.Contains("✓", tick, StringComparison.Ordinal);
        int chapterPercent = int.Parse((await page.Locator(".site-nav li[data-chapter='concepts'] > a").GetAttributeAsync("data-percent"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(chapterPercent, 1, 99);
        // The place is remembered a moment after scrolling stops (progress.js batches scroll events):
        // wait until it names the heading on screen, or the test reads a place the page is still leaving.
        await page.WaitForFunctionAsync($$"""
            () => {
              const last = CourseStore.get().langs['{{lang}}'].last;
              const shown = CourseSite.currentHeading();
              return last && shown && last.heading === shown.id;
            }
            """);
        string lastHeading = await page.EvaluateAsync<string>($"() => CourseStore.get().langs['{lang}'].last.heading");
        Assert.NotEmpty(lastHeading);

        await page.GotoAsync(site.Url(lang + "/"));
        ILocator card = page.Locator("[data-chapter-progress][data-chapter='concepts']");
        Assert.Equal(chapterPercent.ToString(System.Globalization.CultureInfo.InvariantCulture), await card.GetAttributeAsync("data-percent"));
        Assert.Equal("0", await page.Locator("[data-chapter-progress][data-chapter='offender']").GetAttributeAsync("data-percent"));
        Assert.Contains(chapterPercent + " %", await card.InnerTextAsync(), StringComparison.Ordinal);
        ILocator resume = page.Locator("a[data-continue]");
        Assert.Equal(path, await resume.GetAttributeAsync("data-continue"));

        await resume.ClickAsync();
        await page.WaitForURLAsync("**/" + path + "#*");
        Assert.Equal(lastHeading, Uri.UnescapeDataString(new Uri(page.Url).Fragment[1..]));
        double top = await page.Locator("[id='" + lastHeading + "']").EvaluateAsync<double>("h => h.getBoundingClientRect().top");
        Assert.InRange(top, 0, 844 / 2);

        await page.GotoAsync(site.Url(""));
        ILocator rootContinue = page.Locator($"[data-continue-lang='{lang}'] a[data-continue]");
        await rootContinue.WaitForAsync();
        Assert.StartsWith(path, await rootContinue.GetAttributeAsync("href"), StringComparison.Ordinal);
    }

    // Each language once and each width once (pairwise): the language changes the text, the width the layout.
    [Theory]
    [InlineData("kk", true)]
    [InlineData("ru", false)]
    public async Task Progress_is_exported_reset_after_confirmation_and_imported_again(string lang, bool phone)
    {
        await using StudentPage student = await StudentPages.OpenAsync(site, lang + "/", phone);
        IPage page = student.Page;
        await page.EvaluateAsync($$"""
            () => CourseStore.update(s => {
              const l = CourseStore.lang('{{lang}}', s);
              l.pages['{{lang}}/offender/'] = { read: { x: 1 }, done: 1 };
              l.quizzes['{{lang}}/offender'] = { best: 7, last: 5, total: 10, history: [] };
            })
            """);
        ILocator card = page.Locator("[data-chapter-progress][data-chapter='offender']");
        string percent = (await card.GetAttributeAsync("data-percent"))!;
        Assert.NotEqual("0", percent);
        Assert.Contains("7", await card.Locator("[data-quiz-best]").InnerTextAsync(), StringComparison.Ordinal);

        IDownload download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-progress-export]").ClickAsync());
        string file = Path.Combine(Path.GetTempPath(), "course-progress-" + Guid.NewGuid().ToString("N") + ".json");
        await download.SaveAsAsync(file);
        using (JsonDocument exported = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
        {
            Assert.Equal(1, exported.RootElement.GetProperty("v").GetInt32());
            Assert.Equal("cyber-criminology", exported.RootElement.GetProperty("course").GetString());
            Assert.True(exported.RootElement.GetProperty("langs").GetProperty(lang).GetProperty("pages").TryGetProperty(lang + "/offender/", out _));
        }

        await page.Locator("[data-progress-reset]").ClickAsync();
        ILocator dialog = page.Locator("dialog[data-reset-dialog]");
        await dialog.WaitForAsync();
        await dialog.Locator("button[value=cancel]").ClickAsync();
        Assert.NotEqual("0", await card.GetAttributeAsync("data-percent"));
        await page.Locator("[data-progress-reset]").ClickAsync();
        await dialog.Locator("[data-reset-confirm]").ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        Assert.Equal("0", await card.GetAttributeAsync("data-percent"));
        Assert.Equal("{\"v\":1,\"langs\":{}}", await page.EvaluateAsync<string>("() => JSON.stringify(CourseStore.get())"));

        await page.Locator("input[type=file][data-progress-import]").SetInputFilesAsync(file);
        await page.Locator($"[data-chapter-progress][data-chapter='offender'][data-percent='{percent}']").WaitForAsync();
        Assert.Contains("7", await card.Locator("[data-quiz-best]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotEmpty(await page.Locator("[data-progress-status]").InnerTextAsync());

        await File.WriteAllTextAsync(file, "{\"v\":1,\"course\":\"another-course\",\"langs\":{}}");
        await page.Locator("input[type=file][data-progress-import]").SetInputFilesAsync(file);
        await page.Locator("[data-progress-status]").GetByText(lang == "kk" ? "қабылданбады" : "не принят").WaitForAsync();
        Assert.Equal(percent, await card.GetAttributeAsync("data-percent"));
        File.Delete(file);
    }

    [Fact]
    public async Task Without_javascript_the_home_is_a_complete_list_and_script_controls_are_hidden()
    {
        site.Require();
        IBrowserContext context = await site.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = false, ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        IPage page = await context.NewPageAsync();
        await page.GotoAsync(site.Url("kk/"));

        Assert.Equal(6, await page.Locator("[data-chapter-progress] h3 a").CountAsync());
        Assert.True(await page.Locator("[data-chapter-progress] .card-sections a").CountAsync() > 20);
        foreach (string hidden in new[] { ".nav-toggle", ".theme-toggle", ".progress-tools", ".card-meta", ".back-to-top" })
        {
            Assert.False(await page.Locator(hidden).First.IsVisibleAsync(), hidden + " shows without JavaScript");
        }

        Assert.True(await page.Locator("#site-nav").IsVisibleAsync(), "without JavaScript the chapter list is not folded");
        await context.CloseAsync();
    }
}
