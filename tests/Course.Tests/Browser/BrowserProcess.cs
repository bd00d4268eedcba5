using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Course.Tests.Browser.BrowserProcess))]

namespace Course.Tests.Browser;

/// <summary>
/// The one Chromium of a test run (Debian's headless shell or its /usr/bin/chromium: <see cref="Course.Cli.Printing.CoursePdf.DefaultChromium"/>;
/// or COURSE_CHROMIUM), shared by every browser
/// collection: launched when the first collection asks (a run without browser tests never starts it) and closed
/// after the last test. The browser collections run in parallel, each in contexts of its own.
/// </summary>
public sealed class BrowserProcess : IAsyncDisposable
{
    private readonly Lazy<Task<IBrowser>> browser;

    private IPlaywright? playwright;

    public BrowserProcess() => browser = new Lazy<Task<IBrowser>>(LaunchAsync);

    /// <summary>The only place the tests find Chromium.</summary>
    public static string ChromiumPath { get; } = Course.Cli.Printing.CoursePdf.ChromiumFromEnvironment();

    /// <summary>Why the browser cannot run, or null.</summary>
    public string? Unavailable { get; } = File.Exists(ChromiumPath)
        ? null
        : $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium-headless-shell chromium, or set COURSE_CHROMIUM to its path).";

    /// <summary>The running browser, launched on the first call.</summary>
    public Task<IBrowser> BrowserAsync() => browser.Value;

    private async Task<IBrowser> LaunchAsync()
    {
        playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (browser.IsValueCreated && browser.Value.IsCompletedSuccessfully)
        {
            await browser.Value.Result.CloseAsync();
        }

        playwright?.Dispose();
    }
}
