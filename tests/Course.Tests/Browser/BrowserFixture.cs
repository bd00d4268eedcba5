using Course.Tests.Support;
using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// One Chromium (Debian's, /usr/bin/chromium) and one served copy of the real course, shared by the
/// browser tests. Without Chromium the tests are skipped with the reason; with CI=true they fail.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public StaticSiteServer? Server { get; private set; }

    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            Unavailable = $"Chromium is not installed at {ChromiumPath} (apt-get install -y chromium).";
            return;
        }

        (var result, string output) = await SiteBuilds.RealCourseAsync();
        if (!result.Succeeded)
        {
            Unavailable = "The course does not build: " + string.Join("\n", result.Diagnostics.Where(d => d.IsError));
            return;
        }

        Server = new StaticSiteServer(output);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>Skips (locally) or fails (CI=true) when the browser cannot run.</summary>
    public void Require()
    {
        if (Unavailable is null)
        {
            return;
        }

        BrowserRequirement.Unavailable(Unavailable);
    }

    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        Require();
        IBrowserContext context = await Browser!.NewContextAsync(phone
            ? new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 375, Height = 740 }, IsMobile = true, HasTouch = true }
            : new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        return await context.NewPageAsync();
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
