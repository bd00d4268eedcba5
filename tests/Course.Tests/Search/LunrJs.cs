using System.Text.Json;
using Course.Tests.Support;
using Jint;

namespace Course.Tests.Search;

/// <summary>lunr.js 2.3.9 from npm, running in Jint, for comparing our index with the reference implementation. The time limit only stops a runaway loop: a loaded machine is slow.</summary>
internal sealed class LunrJs : IDisposable
{
    private readonly Engine engine = new(options => options.TimeoutInterval(TimeSpan.FromMinutes(5)));

    public LunrJs(params string[] extraScripts)
    {
        engine.Execute("var window = this; var console = { warn: function () {}, log: function () {} };");
        engine.Execute(File.ReadAllText(Repo.LunrScript));
        foreach (string script in extraScripts)
        {
            engine.Execute(File.ReadAllText(script));
        }
    }

    public void Execute(string code) => engine.Execute(code);

    public void Dispose() => engine.Dispose();

    public string Evaluate(string code) => engine.Evaluate(code).AsString();

    public T Evaluate<T>(string code) => JsonSerializer.Deserialize<T>(Evaluate($"JSON.stringify({code})"))!;

    public void SetJson(string name, string json) =>
        engine.Execute($"var {name} = JSON.parse({JsonSerializer.Serialize(json)});");

    /// <summary>Runs a search and returns (ref, score, matched terms) for each hit, best first.</summary>
    public IReadOnlyList<LunrHit> Search(string indexVariable, string query) =>
        Evaluate<LunrHit[]>($"{indexVariable}.search({JsonSerializer.Serialize(query)}).map(function (r) {{ return {{ Ref: r.ref, Score: r.score, Terms: Object.keys(r.matchData.metadata).sort() }}; }})");
}
