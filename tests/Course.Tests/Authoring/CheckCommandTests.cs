using System.Text.Json;
using System.Text.RegularExpressions;
using Course.Cli.Check;
using Course.Cli.Commands;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Authoring;

public partial class CheckCommandTests
{
    [Fact]
    public async Task TheRealCourseChecksCleanAndNothingIsWritten()
    {
        using var temp = new TempFolder();
        TempFolder.Copy(Repo.Input, temp.Path);
        int filesBefore = Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Count();
        var console = new StringWriter();

        int exit = await CheckCommand.RunAsync(new BuildOptions(temp.Path, Repo.Theme), DiagnosticFormat.Text, console, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.Built, exit);
        Assert.EndsWith("0 error(s), 0 warning(s)", console.ToString().Trim(), StringComparison.Ordinal);
        Assert.Equal(filesBefore, Directory.EnumerateFileSystemEntries(temp.Path, "*", SearchOption.AllDirectories).Count());
        Assert.DoesNotContain(Directory.EnumerateDirectories(Path.GetDirectoryName(temp.Path)!), d => d.StartsWith(temp.Path + ".", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ErrorsBecomeGithubAnnotationsAndJsonAtTheirLines()
    {
        using var temp = new TempFolder();
        TempFolder.Copy(Repo.Input, temp.Path);
        string page = temp.Combine("kk", "offender", "portrait.md");
        File.WriteAllText(page, "---\ntitle: [broken\n---\n\nText.\n");

        var github = new StringWriter();
        Assert.Equal(ExitCodes.ContentErrors, await CheckCommand.RunAsync(new BuildOptions(temp.Path, Repo.Theme), DiagnosticFormat.Github, github, TestContext.Current.CancellationToken));
        string annotation = github.ToString().Split('\n').First(l => l.StartsWith("::error", StringComparison.Ordinal) && l.Contains("portrait.md,", StringComparison.Ordinal));
        Match match = Annotation().Match(annotation);
        Assert.True(match.Success, annotation);
        Assert.EndsWith("portrait.md", match.Groups["file"].Value, StringComparison.Ordinal);
        Assert.Equal("2", match.Groups["line"].Value); // the title line

        var json = new StringWriter();
        Assert.Equal(ExitCodes.ContentErrors, await CheckCommand.RunAsync(new BuildOptions(temp.Path, Repo.Theme), DiagnosticFormat.Json, json, TestContext.Current.CancellationToken));
        using JsonDocument report = JsonDocument.Parse(json.ToString());
        Assert.True(report.RootElement.GetProperty("errors").GetInt32() >= 1);
        JsonElement first = report.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("severity").GetString() == "error" && d.GetProperty("file").GetString()!.EndsWith("portrait.md", StringComparison.Ordinal));
        Assert.EndsWith("portrait.md", first.GetProperty("file").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("line").GetInt32() >= 1);
        Assert.False(string.IsNullOrEmpty(first.GetProperty("fix").GetString()));
    }

    [Fact]
    public void AnnotationValuesAreEscapedAsTheRunnerExpects()
    {
        var diagnostic = Course.Core.Diagnostics.Diagnostic.Error("a,b:c.md", 2, 3, "100% wrong\nnext", "Do it.");
        Assert.Equal("::error file=a%2Cb%3Ac.md,line=2,col=3::100%25 wrong%0Anext Fix: Do it.", DiagnosticPrinter.ToGithub(diagnostic));
    }

    [GeneratedRegex(@"^::error file=(?<file>[^,]+),line=(?<line>\d+),col=(?<col>\d+)::.+ Fix: .+$")]
    private static partial Regex Annotation();
}
