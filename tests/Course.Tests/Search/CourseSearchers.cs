using Course.Core.Execution;
using Course.Tests.Browser;
using Course.Tests.Support;
using Microsoft.Playwright;

namespace Course.Tests.Search;

/// <summary>
/// The real course's kk and ru searchers (<see cref="CourseSearcher"/>) in one context of the run's Chromium, opened once for
/// a test class. Without Chromium the tests are skipped with the reason; with CI=true they fail.
/// </summary>
public sealed class CourseSearchers(BrowserProcess process) : IAsyncLifetime
{
    private readonly Dictionary<string, CourseSearcher> searchers = new(StringComparer.Ordinal);

    private IBrowserContext? context;

    private string? unavailable;

    public async ValueTask InitializeAsync()
    {
        if (process.Unavailable is not null)
        {
            unavailable = process.Unavailable;
            return;
        }

        (BuildResult result, string output) = await SiteBuilds.RealCourseAsync();
        if (!result.Succeeded)
        {
            unavailable = "The course does not build: " + string.Join("\n", result.Diagnostics.Where(d => d.IsError));
            return;
        }

        context = await (await process.BrowserAsync()).NewContextAsync();
        foreach (string lang in (string[])["kk", "ru"])
        {
            searchers[lang] = await CourseSearcher.OpenAsync(context, output, lang);
        }
    }

    /// <summary>The language's searcher; skips (locally) or fails (CI=true) without Chromium.</summary>
    internal CourseSearcher For(string lang)
    {
        if (unavailable is not null)
        {
            BrowserRequirement.Unavailable(unavailable);
        }

        return searchers[lang];
    }

    public async ValueTask DisposeAsync()
    {
        if (context is not null)
        {
            await context.CloseAsync();
        }
    }
}
