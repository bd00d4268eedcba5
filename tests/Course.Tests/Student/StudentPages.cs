using Course.Tests.Browser;
using Microsoft.Playwright;

namespace Course.Tests.Student;

/// <summary>Opens the built course as a student would: a 390×844 phone or a 1366×900 desktop, each in a fresh context (its own storage and service worker).</summary>
internal static class StudentPages
{
    /// <param name="serviceWorker">Whether the course's service worker runs (<see cref="BrowserFixture.NewContextAsync"/>).</param>
    public static async Task<StudentPage> OpenAsync(BrowserFixture site, string path, bool phone, ColorScheme scheme = ColorScheme.Light, bool serviceWorker = false)
    {
        site.Require();
        IBrowserContext context = await site.NewContextAsync(new BrowserNewContextOptions
        {
            ServiceWorkers = serviceWorker ? ServiceWorkerPolicy.Allow : ServiceWorkerPolicy.Block,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1366, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            ColorScheme = scheme,
            AcceptDownloads = true,
        });
        IPage page = await context.NewPageAsync();
        var result = new StudentPage(site, context, page);
        page.PageError += (_, error) => result.Errors.Add(error);
        if (path.Length > 0)
        {
            await page.GotoAsync(site.Url(path));
        }

        return result;
    }

    /// <summary>Scrolls down half a screen at a time to the bottom, a frame after each step, as a reader does.</summary>
    public static Task ReadToTheEndAsync(IPage page) =>
        page.EvaluateAsync("""
            async () => {
              const frame = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
              for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
                window.scrollTo(0, y);
                await frame();
              }
              window.scrollTo(0, document.documentElement.scrollHeight);
              await frame();
            }
            """);

    /// <summary>Two animation frames: enough for scroll handlers and observers to have run.</summary>
    public static Task FramesAsync(IPage page) =>
        page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))");
}
