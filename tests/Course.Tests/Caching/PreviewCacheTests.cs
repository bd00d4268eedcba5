using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Caching;
using Course.Web.Site;

namespace Course.Tests.Caching;

/// <summary>Issue #18.3: the preview's cache is handed to its builds; a one-off build keeps nothing.</summary>
public sealed class PreviewCacheTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task BuildsWithTheCacheReuseItAndWriteTheSameSiteAsABuildWithout()
    {
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        var options = new BuildOptions(input, Repo.Theme, SkipSearchIndex: true);
        var cache = new PreviewCache();

        BuildResult plain = await CourseSite.BuildAsync(options, TestContext.Current.CancellationToken);
        BuildResult first = await CourseSite.BuildAsync(options, cache, TestContext.Current.CancellationToken);
        int held = cache.Count;
        BuildResult second = await CourseSite.BuildAsync(options, cache, TestContext.Current.CancellationToken);

        int pages = Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Count();
        Assert.InRange(held, pages, pages * 3); // every page (and quiz bank) once, not once per build
        Assert.Equal(held, cache.Count);
        Assert.Equal(Files(plain), Files(first));
        Assert.Equal(Files(plain), Files(second));
        Assert.Equal(plain.Diagnostics.Select(d => d.ToString()), second.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task AChangedPageIsRenderedAgainWhileTheOthersComeFromTheCache()
    {
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        var options = new BuildOptions(input, Repo.Theme, SkipSearchIndex: true);
        var cache = new PreviewCache();
        await CourseSite.BuildAsync(options, cache, TestContext.Current.CancellationToken);
        string page = Path.Combine(input, "kk", MiniCourse.Chapter, "definition.md");
        await File.AppendAllTextAsync(page, "\nA sentence added in the preview.\n", TestContext.Current.CancellationToken);

        BuildResult edited = await CourseSite.BuildAsync(options, cache, TestContext.Current.CancellationToken);
        BuildResult fresh = await CourseSite.BuildAsync(options, TestContext.Current.CancellationToken);

        Assert.Contains("A sentence added in the preview.", Text(edited, $"kk/{MiniCourse.Chapter}/definition/index.html"), StringComparison.Ordinal);
        Assert.Equal(Files(fresh), Files(edited));
    }

    private static string Text(BuildResult result, string path) =>
        System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Destination == path).ReadBytes());

    private static List<(string Path, string Hash)> Files(BuildResult result) =>
        [.. result.Files.Select(f => (f.Destination, Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(f.ReadBytes())))).OrderBy(f => f.Destination, StringComparer.Ordinal)];

    public void Dispose() => temp.Dispose();
}
