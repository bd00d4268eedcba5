using Course.Core.Execution;
using Course.Tests.Support;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// The one Chromium of a test run (Debian's /usr/bin/chromium, or COURSE_CHROMIUM) and one served copy of
/// the real course, shared by every browser test through <see cref="BrowserCollection"/>; each test opens
/// its own context. Without Chromium the tests are skipped with the reason; with CI=true they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The only place the tests find Chromium.</summary>
    public static string ChromiumPath { get; } = Course.Cli.Printing.CoursePdf.ChromiumFromEnvironment();

    private IPlaywright? playwright;

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
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium, or set COURSE_CHROMIUM to its path).";
            return;
        }

        // The course builds (once per run, shared with the other tests through SiteBuilds) while Chromium starts.
        Task<(BuildResult Result, string Output)> build = SiteBuilds.RealCourseAsync();
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });

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

    /// <summary>A fresh context (its own storage) for a test that opens its own pages, not the served course.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        RequireBrowser();
        await CloseEarlierTestsContextsAsync();
        IBrowserContext context = await Browser!.NewContextAsync(options ?? new BrowserNewContextOptions());
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
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        playwright?.Dispose();
        Server?.Dispose();
    }
}
