using Course.Tests.Support;
using Course.Web.Site;
using Course.Web.Translations;

namespace Course.Tests.Site;

/// <summary>Issue: every Kazakh page, definition and question has its Russian twin, and a changed source shows.</summary>
public class TranslationStatusTests
{
    private static CourseSettings Settings(string input) =>
        CourseSettingsLoader.Load(input, new BuildOptions(input, Repo.Theme)).Settings!;

    [Fact]
    public void TheRealCourseHasNoMissingOrStaleTranslation()
    {
        TranslationStatus status = TranslationStatus.Compute(Repo.Input, Settings(Repo.Input));

        Assert.Empty(status.Problems.Select(p => $"{p.Lang} {p.State} {p.Kind} {p.Key}"));
        Assert.Contains(status.Items, i => i.Kind == "page" && i.Key == "glossary.md");
        Assert.True(status.Items.Count(i => i.Kind == "page") >= 30);
    }

    [Fact]
    public async Task ChangingAKazakhPageMakesItsRussianTwinStaleWithANotice()
    {
        using var temp = new TempFolder();
        string input = temp.Combine("input");
        TempFolder.Copy(Repo.Input, input);
        string source = Path.Combine(input, "kk", "offender", "portrait.md");
        await File.AppendAllTextAsync(source, "\nЖаңа абзац: деректер жаңартылды.\n");

        TranslationStatus status = TranslationStatus.Compute(input, Settings(input));
        var build = await SiteBuilds.BuildAsync(input);

        TranslationItem stale = Assert.Single(status.Problems);
        Assert.Equal(("ru", "offender/portrait.md", TranslationState.Stale), (stale.Lang, stale.Key, stale.State));
        string html = await File.ReadAllTextAsync(Path.Combine(build.Output, "ru", "offender", "portrait", "index.html"));
        Assert.Contains("class=\"notice translation-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../kk/offender/portrait/\"", html, StringComparison.Ordinal);
        string other = await File.ReadAllTextAsync(Path.Combine(build.Output, "ru", "offender", "approaches", "index.html"));
        Assert.DoesNotContain("translation-notice", other, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingTranslationFallsBackToANoticePageAndStrictBuildsFail()
    {
        using var temp = new TempFolder();
        string input = temp.Combine("input");
        TempFolder.Copy(Repo.Input, input);
        File.Delete(Path.Combine(input, "ru", "victimology", "basics.md"));

        var build = await SiteBuilds.BuildAsync(input);
        var strict = await CourseSite.BuildAsync(new BuildOptions(input, Repo.Theme, StrictTranslations: true));

        string fallback = await File.ReadAllTextAsync(Path.Combine(build.Output, "ru", "victimology", "basics", "index.html"));
        Assert.Contains("translation-notice", fallback, StringComparison.Ordinal);
        Assert.Contains("href=\"../../../kk/victimology/basics/\"", fallback, StringComparison.Ordinal);
        Assert.False(strict.Succeeded);
        Assert.Contains(strict.Diagnostics, d => d.Message.Contains("victimology/basics.md", StringComparison.Ordinal) && d.Message.Contains("missing", StringComparison.Ordinal));
    }
}

/// <summary>The Russian edition is complete, not a summary: every page is about as long as its Kazakh source.</summary>
public class TranslationCompletenessTests
{
    [Fact]
    public async Task EveryRussianPageHasBetweenPoint8AndOnePoint4TimesTheKazakhWords()
    {
        (var result, _) = await SiteBuilds.RealCourseAsync();
        var pages = result.ProcessOutputs["Content"].Where(d => d.Get<Course.Web.Site.PageKind>(Course.Web.CourseKeys.Kind) != Course.Web.Site.PageKind.Fallback).ToList();
        var kk = pages.Where(d => d.GetString(Course.Web.CourseKeys.Lang) == "kk").ToDictionary(d => d.GetString(Course.Web.CourseKeys.TranslationKey), d => d.Get<int>(Course.Web.CourseKeys.Words));

        var ratios = pages.Where(d => d.GetString(Course.Web.CourseKeys.Lang) == "ru")
            .Select(d => (Key: d.GetString(Course.Web.CourseKeys.TranslationKey), Ratio: d.Get<int>(Course.Web.CourseKeys.Words) / (double)kk[d.GetString(Course.Web.CourseKeys.TranslationKey)]))
            .ToList();

        Assert.Equal(kk.Count, ratios.Count);
        Assert.All(ratios, r => Assert.InRange(r.Ratio, 0.8, 1.4));
    }
}
