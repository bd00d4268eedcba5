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
