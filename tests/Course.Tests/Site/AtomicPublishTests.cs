using Course.Cli.Commands;
using Course.Core.IO;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>
/// Whatever fails while the site is written, the output folder is afterwards exactly the previous site or
/// exactly the new one (compared byte for byte), and the failure exits with 3 without claiming success.
/// </summary>
public class AtomicPublishTests
{
    [Fact]
    public async Task TheMiniCourseBuildsWithoutErrors()
    {
        using var temp = new TempFolder();
        var console = new StringWriter();
        int exit = await BuildCommand.RunAsync(new BuildOptions(MiniCourse.CopyTo(temp.Combine("input")), Repo.Theme), temp.Combine("output"), console, CancellationToken.None);

        Assert.True(exit == 0, console.ToString());
        Assert.Contains("\n0 error(s)", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailureAtAnyStepOfPublishingLeavesExactlyThePreviousSiteAndTheNextBuildPublishesExactlyTheNewOne()
    {
        using var temp = new TempFolder();
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        string output = temp.Combine("output");
        var options = new BuildOptions(input, Repo.Theme);
        Assert.Equal(0, await BuildCommand.RunAsync(options, output, TextWriter.Null, CancellationToken.None));
        File.WriteAllText(Path.Combine(output, "CNAME"), "course.example.org"); // the author's own file
        Dictionary<string, byte[]> previous = Read(output);

        string[] pages = Directory.GetFiles(Path.Combine(input, "kk", MiniCourse.Chapter), "*.md");
        Assert.True(pages.Length >= 5);
        foreach (string page in pages.Take(5))
        {
            File.AppendAllText(page, "\nA paragraph added after the first build.\n");
        }

        // Every step of publishing into this output (recorded while failing at the last one), then a failure at each
        // of the first, a middle one and the last four (the manifest, the author's file, the two renames).
        var steps = new List<string>();
        var recording = new SitePublisher(step =>
        {
            steps.Add(step);
            if (step == "rename new site into place")
            {
                throw new IOException("No space left on device (injected at the last step)");
            }
        });
        Assert.Equal(ExitCodes.InputOutputFailure, await BuildCommand.RunAsync(options, output, TextWriter.Null, CancellationToken.None, publisher: recording));
        AssertSameFiles(previous, Read(output), "recording run");
        Assert.Contains("CNAME", steps);
        Assert.Contains(SiteManifest.FileName, steps);
        Assert.Contains("rename previous site aside", steps);
        string[] failAt = [.. new[] { steps[0], steps[steps.Count / 2] }.Concat(steps.TakeLast(4)).Distinct()];
        foreach (string step in failAt)
        {
            var console = new StringWriter();
            var faulty = new SitePublisher(current =>
            {
                if (current == step)
                {
                    throw new IOException($"No space left on device (injected at {step})");
                }
            });

            int exit = await BuildCommand.RunAsync(options, output, console, CancellationToken.None, publisher: faulty);

            Assert.True(exit == ExitCodes.InputOutputFailure, $"{step}: {console}");
            Assert.Contains("No space left on device", console.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("0 error(s)", console.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Wrote ", console.ToString(), StringComparison.Ordinal);
            AssertSameFiles(previous, Read(output), step);
            Assert.False(Directory.Exists(output + ".staging"), step);
            Assert.False(Directory.Exists(SitePublisher.PreviousFolder(output)), step);
        }

        Assert.Equal(0, await BuildCommand.RunAsync(options, output, TextWriter.Null, CancellationToken.None));
        Assert.Equal(0, await BuildCommand.RunAsync(options, temp.Combine("fresh"), TextWriter.Null, CancellationToken.None));
        Dictionary<string, byte[]> expected = Read(temp.Combine("fresh"));
        expected["CNAME"] = "course.example.org"u8.ToArray();
        AssertSameFiles(expected, Read(output), "after the good build");
        Assert.Contains(Read(output).Values, bytes => System.Text.Encoding.UTF8.GetString(bytes).Contains("A paragraph added after the first build.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACrashBetweenTheTwoRenamesIsRepairedByTheNextBuild()
    {
        using var temp = new TempFolder();
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        string output = temp.Combine("output");
        var options = new BuildOptions(input, Repo.Theme);
        Assert.Equal(0, await BuildCommand.RunAsync(options, output, TextWriter.Null, CancellationToken.None));
        Dictionary<string, byte[]> previous = Read(output);
        Directory.Move(output, SitePublisher.PreviousFolder(output)); // where a killed process would leave it

        SitePublisher.Recover(output);

        AssertSameFiles(previous, Read(output), "recovered");
        Assert.False(Directory.Exists(SitePublisher.PreviousFolder(output)));
    }

    [Fact]
    public async Task AnOutputOnAReadOnlyFileSystemExitsWithThreeAndNoSuccessLine()
    {
        // /proc refuses new folders even to root, unlike file permissions.
        Assert.SkipUnless(Directory.Exists("/proc/self"), "needs Linux's /proc");
        using var temp = new TempFolder();
        var console = new StringWriter();

        int exit = await BuildCommand.RunAsync(new BuildOptions(MiniCourse.CopyTo(temp.Combine("input")), Repo.Theme), "/proc/course-site", console, CancellationToken.None);

        Assert.Equal(ExitCodes.InputOutputFailure, exit);
        Assert.Contains("error: could not create the staging folder", console.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("0 error(s)", console.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStagingPathTakenByAFileIsAnInputOutputFailureWithTheOutputUntouched()
    {
        using var temp = new TempFolder();
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        string output = temp.Combine("output");
        var options = new BuildOptions(input, Repo.Theme);
        Assert.Equal(0, await BuildCommand.RunAsync(options, output, TextWriter.Null, CancellationToken.None));
        Dictionary<string, byte[]> previous = Read(output);
        File.WriteAllText(output + ".staging", "not a folder");
        var console = new StringWriter();

        Assert.Equal(ExitCodes.InputOutputFailure, await BuildCommand.RunAsync(options, output, console, CancellationToken.None));
        AssertSameFiles(previous, Read(output), "blocked staging");
    }

    private static Dictionary<string, byte[]> Read(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes, StringComparer.Ordinal);

    private static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual, string when)
    {
        Assert.True(expected.Keys.Order(StringComparer.Ordinal).SequenceEqual(actual.Keys.Order(StringComparer.Ordinal)), $"{when}: the file lists differ");
        foreach ((string path, byte[] bytes) in expected)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{when}: {path} differs");
        }
    }
}
