using System.Collections.Concurrent;
using Course.Core.Execution;
using Course.Core.IO;
using Course.Web.Site;

namespace Course.Tests.Support;

/// <summary>Builds a course once per (input, options) for the whole test run and keeps the written site.</summary>
public static class SiteBuilds
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<(BuildResult Result, string Output)>>> Builds = new();

    public static Task<(BuildResult Result, string Output)> RealCourseAsync(bool useIndexHtml = false) =>
        Builds.GetOrAdd($"real:{useIndexHtml}", _ => new Lazy<Task<(BuildResult, string)>>(() => BuildAsync(Repo.Input, useIndexHtml))).Value;

    public static async Task<(BuildResult Result, string Output)> BuildAsync(string input, bool useIndexHtml = false)
    {
        string output = Path.Combine(Path.GetTempPath(), "course-tests", "site-" + Guid.NewGuid().ToString("N"));
        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(input, Repo.Theme, UseIndexHtml: useIndexHtml));
        if (result.Succeeded)
        {
            OutputCommitter.Commit(output, result.Files);
        }

        return (result, output);
    }
}
