using Course.Cli.Commands;
using Course.Core.IO;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>
/// The generator deletes only what it wrote: source folders, repositories and foreign folders are refused untouched.
/// Refusals happen before any build; the tests that build use the mini course, except one real-course case.
/// </summary>
public class OutputFolderTests
{
    private static readonly BuildOptions RealCourse = new(Repo.Input, Repo.Theme);

    // The mini course in the test's own folder: what these tests check does not depend on the course's size.
    private static BuildOptions MiniCourseIn(TempFolder temp) => new(MiniCourse.CopyTo(temp.Combine("input")), Repo.Theme);

    public static TheoryData<string> SourceRelatedOutputs => new()
    {
        ".",          // the repository root: contains the course and the theme
        "input",      // the course itself
        "input/site", // inside the course
        "theme",      // the theme
        "theme/out",  // inside the theme
        "..",         // above the repository
    };

    [Theory]
    [MemberData(nameof(SourceRelatedOutputs))]
    public async Task AnOutputFolderThatIsContainsOrLiesInsideASourceFolderIsRefusedWithNothingTouched(string relative)
    {
        string output = Path.GetFullPath(Path.Combine(Repo.Root, relative));
        string[] before = [.. Snapshot(Repo.Input), .. Snapshot(Repo.Theme)];
        var console = new StringWriter();

        int exit = await BuildCommand.RunAsync(RealCourse, output, console, CancellationToken.None);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Matches("error: The output folder '.*' (is|contains|lies inside) the source folder", console.ToString());
        Assert.Contains("Nothing was written or deleted.", console.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output + ".staging"));
        Assert.Equal<string>(before, [.. Snapshot(Repo.Input), .. Snapshot(Repo.Theme)]);
    }

    [Theory]
    [InlineData(".git", true)]
    [InlineData("Course.sln", false)]
    [InlineData("App.csproj", false)]
    [InlineData("course.yml", false)]
    public async Task AFolderHoldingARepositoryAProjectOrACourseIsRefused(string marker, bool isFolder)
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        Directory.CreateDirectory(output);
        if (isFolder)
        {
            Directory.CreateDirectory(Path.Combine(output, marker));
        }
        else
        {
            File.WriteAllText(Path.Combine(output, marker), "mine");
        }

        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        var console = new StringWriter();

        int exit = await BuildCommand.RunAsync(RealCourse, output, console, CancellationToken.None, force: true);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains($"holds '{marker}'", console.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Directory.EnumerateFileSystemEntries(output).Count());
        Assert.False(Directory.Exists(output + ".staging"));
    }

    // The one case that builds the real course into a folder: the whole course, published beside an author's files.
    [Fact]
    public async Task ANonEmptyFolderTheGeneratorDidNotMakeIsRefusedUnlessForcedAndItsFilesAreKept()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site");
        Directory.CreateDirectory(Path.Combine(output, "kk"));
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(output, "kk", "draft.html"), "mine too");
        var console = new StringWriter();

        Assert.Equal(ExitCodes.BadUsage, await BuildCommand.RunAsync(RealCourse, output, console, CancellationToken.None));
        Assert.Contains("is not empty and was not made by the generator", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("--force", console.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Count());

        Assert.Equal(ExitCodes.Built, await BuildCommand.RunAsync(RealCourse, output, TextWriter.Null, CancellationToken.None, force: true));
        Assert.True(File.Exists(Path.Combine(output, "kk", "index.html")));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Equal("mine too", File.ReadAllText(Path.Combine(output, "kk", "draft.html")));
        Assert.DoesNotContain("notes.txt", File.ReadAllLines(Path.Combine(output, SiteManifest.FileName)));

        // Now the folder has a manifest: no --force needed, and the author's files still survive.
        Assert.Equal(ExitCodes.Built, await BuildCommand.RunAsync(RealCourse, output, TextWriter.Null, CancellationToken.None));
        Assert.Equal("mine", File.ReadAllText(Path.Combine(output, "notes.txt")));
        Assert.Equal("mine too", File.ReadAllText(Path.Combine(output, "kk", "draft.html")));
    }

    [Fact]
    public async Task StaleFilesAreRemovedOnlyWhenTheManifestListsThem()
    {
        using var temp = new TempFolder();
        BuildOptions course = MiniCourseIn(temp);
        string output = temp.Combine("site");
        Assert.Equal(ExitCodes.Built, await BuildCommand.RunAsync(course, output, TextWriter.Null, CancellationToken.None));
        string manifest = Path.Combine(output, SiteManifest.FileName);
        Assert.Contains("kk/index.html", File.ReadAllLines(manifest));

        // A page the generator wrote earlier (listed), an author's file (not listed), and a manifest line pointing outside.
        Directory.CreateDirectory(Path.Combine(output, "kk", "gone"));
        File.WriteAllText(Path.Combine(output, "kk", "gone", "index.html"), "old page");
        File.WriteAllText(Path.Combine(output, "CNAME"), "course.example.org");
        File.WriteAllText(temp.Combine("outside.txt"), "outside");
        File.AppendAllLines(manifest, ["kk/gone/index.html", "../outside.txt"]);

        Assert.Equal(ExitCodes.Built, await BuildCommand.RunAsync(course, output, TextWriter.Null, CancellationToken.None));

        Assert.False(Directory.Exists(Path.Combine(output, "kk", "gone")));
        Assert.Equal("course.example.org", File.ReadAllText(Path.Combine(output, "CNAME")));
        Assert.True(File.Exists(temp.Combine("outside.txt")));
    }

    [Fact]
    public async Task AnOutputMadeBeforeManifestsExistedKeepsWorking()
    {
        using var temp = new TempFolder();
        BuildOptions course = MiniCourseIn(temp);
        string output = temp.Combine("site");
        Assert.Equal(ExitCodes.Built, await BuildCommand.RunAsync(course, output, TextWriter.Null, CancellationToken.None));
        File.Delete(Path.Combine(output, SiteManifest.FileName));
        Directory.CreateDirectory(Path.Combine(output, "kk", "gone"));
        File.WriteAllText(Path.Combine(output, "kk", "gone", "index.html"), "old page");

        Assert.Equal(ExitCodes.Built, await BuildCommand.RunAsync(course, output, TextWriter.Null, CancellationToken.None));

        Assert.False(Directory.Exists(Path.Combine(output, "kk", "gone")));
        Assert.True(File.Exists(Path.Combine(output, SiteManifest.FileName)));
    }

    [Fact]
    public async Task AnOutputPathThatIsAFileIsRefused()
    {
        using var temp = new TempFolder();
        string output = temp.Combine("site.txt");
        File.WriteAllText(output, "mine");
        var console = new StringWriter();

        Assert.Equal(ExitCodes.BadUsage, await BuildCommand.RunAsync(RealCourse, output, console, CancellationToken.None));
        Assert.Contains("is a file, not a folder", console.ToString(), StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(output));
    }

    [Fact]
    public async Task TheCommandLineRefusesTheRepositoryRootWithExitCodeTwo()
    {
        string before = string.Join('\n', Snapshot(Repo.Input));
        int exit = await CourseCli.RunAsync(["build", "--input", Repo.Input, "--theme", Repo.Theme, "--output", Repo.Root]);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Equal(before, string.Join('\n', Snapshot(Repo.Input)));
    }

    // Paths and sizes of the files under a folder (build outputs and node_modules left out: other tests write there).
    private static string[] Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("node_modules", StringComparison.Ordinal) && !f.Contains("/output", StringComparison.Ordinal) && !f.Contains("/.git/", StringComparison.Ordinal) && !f.Contains("TestResults", StringComparison.Ordinal))
            .Select(f => f + ":" + new FileInfo(f).Length)
            .Order(StringComparer.Ordinal)
            .ToArray();
}
