using Microsoft.Playwright;

namespace Course.Tests.Browser;

/// <summary>
/// A blank page of the run's Chromium with scripts loaded in order, for tests that run the site's JavaScript as the
/// browser does (V8) without opening the course: far faster than Jint for many queries.
/// </summary>
public static class ScriptPage
{
    /// <summary>A new page in <paramref name="context"/> that has run each script (a file path, or the text itself with <paramref name="texts"/>).</summary>
    public static async Task<IPage> OpenAsync(IBrowserContext context, IEnumerable<string> paths, params string[] texts)
    {
        IPage page = await context.NewPageAsync();
        foreach (string path in paths)
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = path });
        }

        foreach (string text in texts)
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Content = text });
        }

        return page;
    }
}
