using System.Text.RegularExpressions;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>Issue #11.7: the raw HTML policy is a course setting; 'rawHtml: none' refuses even the harmless tags, at their position.</summary>
public sealed partial class RawHtmlSettingTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task WithRawHtmlNoneEvenHarmlessTagsAreErrorsAtTheirPosition()
    {
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        string settings = Path.Combine(input, "course.yml");
        File.WriteAllText(settings, RawHtmlLine().Replace(File.ReadAllText(settings), string.Empty) + "\nrawHtml: none\n");
        File.WriteAllText(Path.Combine(input, "kk", MiniCourse.Chapter, "keys.md"), "---\ntitle: t\ndescription: d\norder: 30\n---\n\nPress <kbd>Ctrl</kbd>.\n");

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(input, Repo.Theme), TestContext.Current.CancellationToken);

        Assert.Contains(result.Diagnostics, d => d.IsError && d.File.EndsWith($"kk/{MiniCourse.Chapter}/keys.md", StringComparison.Ordinal) && d.Line == 7 && d.Column == 7
            && d.ToString().Contains("Raw HTML (<kbd>) is turned off for this course. Fix: Write it in Markdown, or set 'rawHtml: safe' in course.yml.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUnknownRawHtmlSettingIsAnErrorInTheCourseSettings()
    {
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        string settings = Path.Combine(input, "course.yml");
        File.WriteAllText(settings, RawHtmlLine().Replace(File.ReadAllText(settings), string.Empty) + "\nrawHtml: maybe\n");

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(input, Repo.Theme), TestContext.Current.CancellationToken);

        Assert.Contains(result.Diagnostics, d => d.IsError && d.File.EndsWith("course.yml", StringComparison.Ordinal) && d.Message.Contains("rawHtml", StringComparison.Ordinal));
    }

    public void Dispose() => temp.Dispose();

    [GeneratedRegex("^rawHtml:.*$", RegexOptions.Multiline)]
    private static partial Regex RawHtmlLine();
}
