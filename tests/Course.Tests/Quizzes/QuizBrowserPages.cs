using Course.Tests.Support;

namespace Course.Tests.Quizzes;

/// <summary>
/// The quiz browser tests' pages, written to a temporary folder and opened from file://, as students open a
/// downloaded copy: quiz.js and its styles from the theme, a page around each rendered fragment.
/// </summary>
public sealed class QuizBrowserPages : IDisposable
{
    public QuizBrowserPages()
    {
        foreach (string asset in new[] { "js/format.js", "js/fold.js", "js/store.js", "js/quiz.js", "css/quiz.css" })
        {
            File.WriteAllText(Path.Combine(Folder, Path.GetFileName(asset)), Repo.ReadText("theme", "assets", asset));
        }
    }

    public string Folder { get; } = Directory.CreateTempSubdirectory("course-quiz-").FullName;

    /// <summary>Writes a page around the fragment, with the site's CSP, and returns its file:// URL.</summary>
    public string WritePage(string name, string fragment, bool withScripts = true)
    {
        string scripts = withScripts ? "<script src=\"format.js\"></script>\n<script src=\"fold.js\"></script>\n<script src=\"store.js\"></script>\n<script src=\"quiz.js\"></script>" : string.Empty;
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

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
