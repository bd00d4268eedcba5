using Course.Cli.Commands;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;
using Course.Web.Translations;

namespace Course.Tests.Authoring;

public class NewCommandTests
{
    private static TempFolder CopyOfCourse()
    {
        var temp = new TempFolder();
        TempFolder.Copy(Repo.Input, temp.Path);
        return temp;
    }

    private static Dictionary<string, string> Snapshot(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllText, StringComparer.Ordinal);

    [Fact]
    public async Task ANewChapterAndSectionExistInEveryLanguageAndTheCourseBuildsWithoutWarnings()
    {
        using TempFolder course = CopyOfCourse();

        Assert.Equal(0, await CourseCli.RunAsync(["new", "chapter", "digital-evidence", "--input", course.Path, "--theme", Repo.Theme, "--title-kk", "Цифрлық дәлелдемелер: негіздер", "--title-ru", "Цифровые \"доказательства\""]));
        Assert.Equal(0, await CourseCli.RunAsync(["new", "section", "digital-evidence/collection", "--input", course.Path, "--theme", Repo.Theme, "--title-kk=Жинау", "--title-ru=Сбор"]));

        foreach (string lang in new[] { "kk", "ru" })
        {
            Assert.True(File.Exists(course.Combine(lang, "digital-evidence", "index.md")));
            Assert.True(File.Exists(course.Combine(lang, "digital-evidence", "introduction.md")));
            Assert.True(File.Exists(course.Combine(lang, "digital-evidence", "quiz.yml")));
            Assert.Contains("order: 2", File.ReadAllText(course.Combine(lang, "digital-evidence", "collection.md")), StringComparison.Ordinal);
        }

        Assert.Contains("title: \"Цифровые \\\"доказательства\\\"\"", File.ReadAllText(course.Combine("ru", "digital-evidence", "index.md")), StringComparison.Ordinal);
        string nav = File.ReadAllLines(course.Combine("course.yml")).Single(l => l.StartsWith("nav:", StringComparison.Ordinal));
        Assert.Contains("prevention, digital-evidence, summary", nav, StringComparison.Ordinal);

        // The new files add no error, warning or translation problem (whatever the rest of the course has).
        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(course.Path, Repo.Theme), TestContext.Current.CancellationToken);
        Assert.DoesNotContain(result.Diagnostics, d => d.IsError || d.File.Contains("digital-evidence", StringComparison.Ordinal) || d.Message.Contains("digital-evidence", StringComparison.Ordinal));
        (CourseSettings? settings, _) = CourseSettingsLoader.Load(course.Path, new BuildOptions(course.Path, Repo.Theme));
        Assert.DoesNotContain(TranslationStatus.Compute(course.Path, settings!).Problems, p => p.Key.StartsWith("digital-evidence/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("chapter", "Bad_Slug", "--title-kk", "А", "--title-ru", "Б")]
    [InlineData("chapter", "offender", "--title-kk", "А", "--title-ru", "Б")]
    [InlineData("chapter", "digital-evidence", "--title-kk", "А")]
    [InlineData("chapter", "digital-evidence", "--title-kk", "А", "--title-ru", "Б", "--title-en", "C")]
    [InlineData("section", "no-such-chapter/x", "--title-kk", "А", "--title-ru", "Б")]
    [InlineData("section", "offender/portrait", "--title-kk", "А", "--title-ru", "Б")]
    [InlineData("section", "offender", "--title-kk", "А", "--title-ru", "Б")]
    public async Task BadRequestsExitWithTwoAndChangeNothing(params string[] args)
    {
        using TempFolder course = CopyOfCourse();
        Dictionary<string, string> before = Snapshot(course.Path);

        int exit = await CourseCli.RunAsync(["new", .. args, "--input", course.Path, "--theme", Repo.Theme]);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Equal(before, Snapshot(course.Path));
    }

    [Theory]
    [InlineData(new[] { "--title-kk", "А", "--title-ru", "Б" }, true)]
    [InlineData(new[] { "--title-kk=А Б", "--title-ru=В" }, true)]
    [InlineData(new[] { "--title-kk" }, false)]
    [InlineData(new[] { "stray" }, false)]
    public void TitlesAreReadPerLanguage(string[] tokens, bool valid)
    {
        Dictionary<string, string>? titles = NewCommand.ReadTitles(tokens);
        Assert.Equal(valid, titles is not null);
        if (valid)
        {
            Assert.Equal(["kk", "ru"], titles!.Keys.Order(StringComparer.Ordinal));
        }
    }
}
