using System.Globalization;
using Course.Cli.Commands;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>Deterministic output, and bad input reported at file:line:column without touching the last good site.</summary>
public class ReliabilityTests
{
    [Fact]
    public async Task BuildIsByteIdenticalUnderOtherCultures()
    {
        var hashes = new List<string>();
        CultureInfo original = CultureInfo.CurrentCulture;
        try
        {
            foreach (string culture in new[] { "kk-KZ", "ru-RU", "tr-TR" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
                var result = await CourseSite.BuildAsync(new BuildOptions(Repo.Input, Repo.Theme));
                Assert.True(result.Succeeded);
                hashes.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(
                    result.Files.SelectMany(f => System.Text.Encoding.UTF8.GetBytes(f.Destination).Concat(f.ReadBytes())).ToArray())));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }

        Assert.Single(hashes.Distinct());
    }

    [Fact]
    public async Task AFailedBuildLeavesThePreviousOutputAsItWasAndNamesEveryProblem()
    {
        using var temp = new TempFolder();
        string input = temp.Combine("input");
        string output = temp.Combine("output");
        TempFolder.Copy(Repo.Input, input);
        var options = new BuildOptions(input, Repo.Theme);
        Assert.Equal(0, await BuildCommand.RunAsync(options, output, TextWriter.Null, CancellationToken.None));
        string portrait = Path.Combine(output, "kk", "offender", "portrait", "index.html");
        DateTime written = File.GetLastWriteTimeUtc(portrait);
        string before = await File.ReadAllTextAsync(portrait);

        string page = Path.Combine(input, "kk", "offender", "portrait.md");
        await File.WriteAllTextAsync(page, (await File.ReadAllTextAsync(page)).Replace("title:", "title: [unclosed", StringComparison.Ordinal));
        string concepts = Path.Combine(input, "kk", "concepts", "definition.md");
        await File.AppendAllTextAsync(concepts, "\nSee [nowhere](../nowhere.md).\n");
        var console = new StringWriter();
        int exit = await BuildCommand.RunAsync(options, output, console, CancellationToken.None);

        Assert.Equal(1, exit);
        string report = console.ToString();
        Assert.Matches(@"kk/offender/portrait\.md:\d+:\d+: error: Broken YAML in the front matter", report);
        Assert.Matches(@"kk/concepts/definition\.md:\d+:\d+: error: Link to '\.\./nowhere\.md', which does not exist", report);
        Assert.DoesNotContain("   at ", report, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllTextAsync(portrait));
        Assert.Equal(written, File.GetLastWriteTimeUtc(portrait));
    }

    [Fact]
    public async Task UnchangedFilesAreNotRewritten()
    {
        using var temp = new TempFolder();
        var options = new BuildOptions(Repo.Input, Repo.Theme);
        Assert.Equal(0, await BuildCommand.RunAsync(options, temp.Path, TextWriter.Null, CancellationToken.None));
        string file = Path.Combine(temp.Path, "kk", "index.html");
        // An hour back: a rewrite would move the time to now, whatever the file system's time resolution.
        DateTime written = File.GetLastWriteTimeUtc(file).AddHours(-1);
        File.SetLastWriteTimeUtc(file, written);
        var console = new StringWriter();

        Assert.Equal(0, await BuildCommand.RunAsync(options, temp.Path, console, CancellationToken.None));

        Assert.Equal(written, File.GetLastWriteTimeUtc(file));
        Assert.Contains("Wrote 0 file(s)", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadUsageExitsWithTwo()
    {
        Assert.Equal(2, await CourseCli.RunAsync(["build", "--no-such-option"]));
        Assert.Equal(2, await CourseCli.RunAsync(["frobnicate"]));
    }
}
