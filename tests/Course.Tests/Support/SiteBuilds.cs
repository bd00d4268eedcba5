using System.Collections.Concurrent;
using Course.Core.Execution;
using Course.Core.IO;
using Course.Web.Site;

namespace Course.Tests.Support;

/// <summary>Builds a course once per (input, options) for the whole test run and keeps the written site.</summary>
public static class SiteBuilds
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<(BuildResult Result, string Output)>>> Builds = new();

    /// <summary>The run's built sites: tests share them until the end, so they go when the test process does.</summary>
    private static readonly string RunFolder = CreateRunFolder();

    private static string CreateRunFolder()
    {
        string folder = Path.Combine(Path.GetTempPath(), "course-tests", "builds-" + Guid.NewGuid().ToString("N"));
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // best effort: a temporary folder
            }
        };
        return folder;
    }

    public static Task<(BuildResult Result, string Output)> RealCourseAsync(bool useIndexHtml = false) =>
        Builds.GetOrAdd($"real:{useIndexHtml}", _ => new Lazy<Task<(BuildResult, string)>>(() => BuildAsync(Repo.Input, useIndexHtml))).Value;

    public static async Task<(BuildResult Result, string Output)> BuildAsync(string input, bool useIndexHtml = false)
    {
        string output = Path.Combine(RunFolder, "site-" + Guid.NewGuid().ToString("N"));
        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(input, Repo.Theme, UseIndexHtml: useIndexHtml));
        if (result.Succeeded)
        {
            OutputCommitter.Commit(output, result.Files);
        }

        return (result, output);
    }
}
