using Course.Core.Execution;
using Course.Tests.Support;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// A browser collection's share of the run's one Chromium (<see cref="BrowserProcess"/>) and one served copy of
/// the real course (built once per run through <see cref="SiteBuilds"/>); each test opens its own context. The
/// collections (<see cref="BrowserCollection"/> and its siblings) run in parallel; within one, tests run one at a
/// time. Without Chromium the tests are skipped with the reason; with CI=true they fail.
/// </summary>
public sealed class BrowserFixture(BrowserProcess process) : IAsyncLifetime
{
    private string? siteUnavailable;

    // The contexts this fixture opened for the test running now; the collection runs its tests one at a time.
    private readonly List<IBrowserContext> contexts = [];

    private string? contextsTest;

    public IBrowser? Browser { get; private set; }

    public StaticSiteServer? Server { get; private set; }

    /// <summary>Why the browser cannot run, or null.</summary>
    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (process.Unavailable is not null)
        {
            Unavailable = process.Unavailable;
            return;
        }

        // The course builds (once per run, shared with the other tests through SiteBuilds) while Chromium starts.
        Task<(BuildResult Result, string Output)> build = SiteBuilds.RealCourseAsync();
        Browser = await process.BrowserAsync();

        (BuildResult result, string output) = await build;
        if (!result.Succeeded)
        {
            siteUnavailable = "The course does not build: " + string.Join("\n", result.Diagnostics.Where(d => d.IsError));
            return;
        }

        Server = new StaticSiteServer(output);
    }

    /// <summary>Skips (locally) or fails (CI=true) when the browser cannot run or the course does not build.</summary>
    public void Require()
    {
        RequireBrowser();
        if (siteUnavailable is not null)
        {
            BrowserRequirement.Unavailable(siteUnavailable);
        }
    }

    /// <summary>Skips (locally) or fails (CI=true) when the browser cannot run; for tests that write their own pages.</summary>
    public void RequireBrowser()
    {
        if (Unavailable is not null)
        {
            BrowserRequirement.Unavailable(Unavailable);
        }
    }

    /// <summary>
    /// A fresh context (its own storage). The course's service worker is blocked unless the options allow it
    /// (<c>ServiceWorkers = ServiceWorkerPolicy.Allow</c>): tests of offline reading and of what a student's
    /// browser shows on every page kind keep it; for the others it only cost CPU (its install precaches the shell
    /// in every new context and it races every request against its cache): blocking it took 2.3× less CPU (Reading
    /// and Progress tests: 150 → 66 s) with the same results.
    /// </summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        RequireBrowser();
        await CloseEarlierTestsContextsAsync();
        IBrowserContext context = await Browser!.NewContextAsync(new BrowserNewContextOptions(options ?? new BrowserNewContextOptions())
        {
            ServiceWorkers = options?.ServiceWorkers ?? ServiceWorkerPolicy.Block,
        });
        contexts.Add(context);
        return context;
    }

    /// <summary>A page of the served course in a fresh context: a 1280×900 desktop or a 375×740 phone.</summary>
    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        Require();
        IBrowserContext context = await NewContextAsync(phone
            ? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true, HasTouch = true }
            : new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
    }

    // A page left open keeps its scripts, timers and service worker running through every later test:
    // the first context a test asks for closes the ones earlier tests opened.
    private async Task CloseEarlierTestsContextsAsync()
    {
        string? test = TestContext.Current.Test?.UniqueID;
        if (test == contextsTest)
        {
            return;
        }

        contextsTest = test;
        foreach (IBrowserContext context in contexts)
        {
            await context.CloseAsync();
        }

        contexts.Clear();
    }

    public string Url(string path) => Server!.BaseUrl + path;

    public async ValueTask DisposeAsync()
    {
        foreach (IBrowserContext context in contexts)
        {
            await context.CloseAsync();
        }

        Server?.Dispose();
    }
}
