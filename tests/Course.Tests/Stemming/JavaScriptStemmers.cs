using Course.Tests.Support;
using Jint;

namespace Course.Tests.Stemming;

/// <summary>Runs the browser's stemmers in Jint: theme/assets/js/stemmer-kk.js, and lunr.ru.js on lunr.js.</summary>
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

    public static JavaScriptStemmers Kazakh() =>
        new([Repo.File("theme", "assets", "js", "stemmer-kk.js")]);

    /// <summary>lunr.js, lunr.stemmer.support.js and lunr.ru.js, in the order a page loads them, then stemmer-kk.js.</summary>
    public static JavaScriptStemmers WithLunr() => new(
    [
        Repo.NodeModule("lunr", "lunr.js"),
        Repo.NodeModule("lunr-languages", "lunr.stemmer.support.js"),
        Repo.NodeModule("lunr-languages", "lunr.ru.js"),
        Repo.File("theme", "assets", "js", "stemmer-kk.js"),
    ]);

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
