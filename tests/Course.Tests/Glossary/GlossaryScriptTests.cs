using Course.Tests.Support;
using Jint;
using Jint.Native;

namespace Course.Tests.Glossary;

/// <summary>The DOM-free parts of glossary.js, run under Jint: templates and the filter's matching.</summary>
public sealed class GlossaryScriptTests
{
    private static Engine Load()
    {
        var engine = new Engine();
        engine.Execute(Repo.ReadText("theme", "assets", "js", "fold.js"));
        engine.Execute(Repo.ReadText("theme", "assets", "js", "glossary.js"));
        return engine;
    }

    private static string Eval(Engine engine, string script) => engine.Evaluate(script).ToString();

    [Fact]
    public void Fills_templates_and_leaves_unknown_placeholders()
    {
        Engine js = Load();

        Assert.Equal("3 / 9 {other}", Eval(js, "CourseGlossary.fill('{shown} / {total} {other}', { shown: 3, total: 9 })"));
    }

    [Theory]
    [InlineData("Қылмыс", true)]
    [InlineData("кибер ҚЫЛ", true)]
    [InlineData("кибер фишинг", false)]
    [InlineData("  ", true)]
    public void Matches_every_query_word_in_the_folded_names(string query, bool expected)
    {
        Engine js = Load();
        js.SetValue("query", query);

        Assert.Equal(expected, js.Evaluate("CourseGlossary.matches('кылмыскер кибер кылмыскер', query)").AsBoolean());
    }
}
