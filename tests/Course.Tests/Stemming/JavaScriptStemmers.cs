using Course.Tests.Browser;
using Course.Tests.Support;
using Jint;

namespace Course.Tests.Stemming;

/// <summary>
/// Runs the browser's stemmers in Jint: theme/assets/js/stemmer-kk.js, and lunr.ru.js on lunr.js; long word lists in
/// the run's Chromium (<see cref="MapAllInChromiumAsync"/>).
/// </summary>
internal sealed class JavaScriptStemmers : IDisposable
{
    private readonly Engine _engine = new();

    private JavaScriptStemmers(IEnumerable<string> scripts)
    {
        foreach (string script in scripts)
        {
            _engine.Execute(File.ReadAllText(script), script);
        }
    }

    public void Dispose() => _engine.Dispose();

    /// <summary>stemmer-kk.js alone.</summary>
    public static IReadOnlyList<string> KazakhScripts => [Repo.File("theme", "assets", "js", "stemmer-kk.js")];

    /// <summary>lunr.js, lunr.stemmer.support.js and lunr.ru.js, in the order a page loads them, then stemmer-kk.js.</summary>
    public static IReadOnlyList<string> LunrScripts =>
    [
        Repo.NodeModule("lunr", "lunr.js"),
        Repo.NodeModule("lunr-languages", "lunr.stemmer.support.js"),
        Repo.NodeModule("lunr-languages", "lunr.ru.js"),
        Repo.File("theme", "assets", "js", "stemmer-kk.js"),
    ];

    public static JavaScriptStemmers Kazakh() => new(KazakhScripts);

    public static JavaScriptStemmers WithLunr() => new(LunrScripts);

    /// <summary>
    /// <see cref="MapAll"/> in the run's Chromium, on a page that has run <paramref name="scripts"/>: for the twin tests'
    /// tens of thousands of words, which V8 stems in a fraction of the seconds Jint took. Skips (locally) or fails
    /// (CI=true) without Chromium.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MapAllInChromiumAsync(BrowserProcess browser, IReadOnlyList<string> scripts, string function, IReadOnlyList<string> words)
    {
        if (browser.Unavailable is not null)
        {
            BrowserRequirement.Unavailable(browser.Unavailable);
        }

        Microsoft.Playwright.IBrowserContext context = await (await browser.BrowserAsync()).NewContextAsync();
        try
        {
            Microsoft.Playwright.IPage page = await ScriptPage.OpenAsync(context, scripts);
            return await page.EvaluateAsync<string[]>($"words => words.map(w => String(({function})(w)))", words.ToArray());
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Applies the JavaScript function <paramref name="function"/> to every word in one call; results come back as strings.</summary>
    public IReadOnlyList<string> MapAll(string function, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return [];
        }

        _engine.SetValue("words", string.Join('\n', words));
        string joined = _engine.Evaluate($"words.split('\\n').map(function (w) {{ return String(({function})(w)); }}).join('\\n')").AsString();
        return joined.Split('\n');
    }

    public string Evaluate(string expression) => _engine.Evaluate(expression).ToString();

    public string[] EvaluateList(string expression) => Evaluate($"({expression}).join('\\n')").Split('\n');
}
