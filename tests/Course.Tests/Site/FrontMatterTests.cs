using Course.Cli.Commands;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>Front matter and course settings problems are reported at file:line:column with the fix, all in one run.</summary>
public class FrontMatterTests
{
    private static async Task<string> BuildWithAsync(Action<string> breakCourse)
    {
        using var temp = new TempFolder();
        string input = temp.Combine("input");
        TempFolder.Copy(Repo.Input, input);
        breakCourse(input);
        var console = new StringWriter();
        int exit = await BuildCommand.RunAsync(new BuildOptions(input, Repo.Theme), temp.Combine("output"), console, CancellationToken.None);
        Assert.Equal(1, exit);
        Assert.False(Directory.Exists(temp.Combine("output")));
        return console.ToString();
    }

    [Fact]
    public async Task MissingTitleUnclosedFrontMatterAndBadIndentationAreAllReported()
    {
        string report = await BuildWithAsync(input =>
        {
            string a = Path.Combine(input, "kk", "offender", "approaches.md");
            File.WriteAllText(a, File.ReadAllText(a).Replace("title:", "titel:", StringComparison.Ordinal));
            string b = Path.Combine(input, "kk", "summary.md");
            File.WriteAllText(b, File.ReadAllText(b).Replace("\n---\n", "\n--\n", StringComparison.Ordinal));
            string c = Path.Combine(input, "ru", "sources.md");
            File.WriteAllText(c, File.ReadAllText(c).Replace("description:", "  description:", StringComparison.Ordinal));
        });

        Assert.Contains("kk/offender/approaches.md:2:1: error: The page has no title. Fix: Add 'title: ...'", report, StringComparison.Ordinal);
        Assert.Contains("kk/summary.md:1:1: error: The front matter is not closed.", report, StringComparison.Ordinal);
        Assert.Matches(@"ru/sources\.md:\d+:\d+: error: Broken YAML in the front matter", report);
    }

    [Fact]
    public async Task BrokenCourseSettingsAreReportedWithTheFix()
    {
        string report = await BuildWithAsync(input =>
        {
            string settings = Path.Combine(input, "course.yml");
            File.WriteAllText(settings, File.ReadAllText(settings).Replace("defaultLanguage: kk", "defaultLanguage: en", StringComparison.Ordinal));
        });

        Assert.Matches(@"course\.yml:\d+:1: error: The default language 'en' is not among the languages\. Fix: Use one of: kk, ru\.", report);
    }

    [Fact]
    public async Task AnUnknownLanguageFolderIsAnError()
    {
        string report = await BuildWithAsync(input =>
        {
            Directory.CreateDirectory(Path.Combine(input, "en"));
            File.WriteAllText(Path.Combine(input, "en", "index.md"), "---\ntitle: x\ndescription: y\n---\n");
        });

        Assert.Contains("en/index.md:1:1: error: 'en' is not a language of the course.", report, StringComparison.Ordinal);
    }
}
