using Course.Tests.Support;
using Microsoft.Playwright;

namespace Course.Tests.Quizzes;

/// <summary>
/// One headless Chromium for the quiz browser tests, or null when the machine has none (the tests skip).
/// Pages are written to a temporary folder and opened from file://, as students open a downloaded copy.
/// </summary>
public sealed class QuizBrowserFixture : IAsyncLifetime
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private IPlaywright? playwright;

    public IBrowser? Browser { get; private set; }

    public string Folder { get; } = Directory.CreateTempSubdirectory("course-quiz-").FullName;

    public async ValueTask InitializeAsync()
    {
        string? executable = Environment.GetEnvironmentVariable("COURSE_CHROMIUM") ?? Candidates.FirstOrDefault(File.Exists);
        if (executable is null)
        {
            return;
        }

        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox"],
        });
        foreach (string asset in new[] { "js/fold.js", "js/store.js", "js/quiz.js", "css/quiz.css" })
        {
            File.WriteAllText(Path.Combine(Folder, Path.GetFileName(asset)), Repo.ReadText("theme", "assets/" + asset));
        }
    }

    /// <summary>Writes a page around the fragment, with the site's CSP, and returns its file:// URL.</summary>
    public string WritePage(string name, string fragment, bool withScripts = true)
    {
        string scripts = withScripts ? "<script src=\"fold.js\"></script>\n<script src=\"store.js\"></script>\n<script src=\"quiz.js\"></script>" : string.Empty;
        string html = $"""
            <!doctype html>
            <html lang="kk">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'; style-src 'self'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Quiz</title>
            <link rel="stylesheet" href="quiz.css">
            </head>
            <body>
            <main>
            <h1>Quiz</h1>
            {fragment}
            </main>
            {scripts}
            </body>
            </html>
            """;
        string path = Path.Combine(Folder, name);
        File.WriteAllText(path, html);
        return new Uri(path).AbsoluteUri;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}
