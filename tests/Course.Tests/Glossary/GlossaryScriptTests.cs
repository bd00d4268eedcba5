using Jint;
using Jint.Native;

namespace Course.Tests.Glossary;

/// <summary>The DOM-free parts of glossary.js, run under Jint: templates, the filter's matching, the flashcard deck.</summary>
public sealed class GlossaryScriptTests
{
    private static Engine Load()
    {
        var engine = new Engine();
        engine.Execute(GlossaryRepositoryFiles.Read("theme", "assets", "js", "fold.js"));
        engine.Execute(GlossaryRepositoryFiles.Read("theme", "assets", "js", "glossary.js"));
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

    [Fact]
    public void Deck_skips_known_cards_and_brings_not_yet_cards_round_again()
    {
        Engine js = Load();
        js.Execute("var deck = CourseGlossary.createDeck(['a', 'b', 'c'], null); var seen = [deck.current()];"
            + "deck.knew(); seen.push(deck.current()); deck.notYet(); seen.push(deck.current());"
            + "deck.knew(); seen.push(deck.current()); deck.knew(); seen.push(String(deck.current()));");

        Assert.Equal("a,b,c,b,null", Eval(js, "seen.join(',')"));
        Assert.Equal("{\"known\":3,\"notYet\":0,\"total\":3}", Eval(js, "JSON.stringify(deck.stats())"));
        Assert.Equal("a", Eval(js, "deck.reset(); deck.current()"));
    }

    [Fact]
    public void Deck_restores_saved_progress_and_reconciles_it_with_the_cards_on_the_page()
    {
        Engine js = Load();
        js.Execute("var saved = JSON.parse(JSON.stringify(CourseGlossary.createDeck(['a', 'b', 'c'], null)));"
            + "saved.known = ['a', 'gone']; saved.notYet = ['b']; saved.order = ['gone', 'c', 'b', 'a']; saved.pos = 2;"
            + "var deck = CourseGlossary.createDeck(['a', 'b', 'c', 'd'], saved);");

        Assert.Equal("c,b,a,d", Eval(js, "deck.toJSON().order.join(',')"));
        Assert.Equal("{\"known\":1,\"notYet\":1,\"total\":4}", Eval(js, "JSON.stringify(deck.stats())"));
        Assert.Equal("a", Eval(js, "deck.toJSON().known.join(',')"));
        Assert.Equal("d", Eval(js, "deck.current()"));
    }

    [Fact]
    public void Deck_ignores_saved_state_of_another_format()
    {
        Engine js = Load();

        Assert.Equal("a", Eval(js, "CourseGlossary.createDeck(['a', 'b'], { v: 99, order: ['b'] }).current()"));
    }

    [Fact]
    public void Deck_shuffles_with_the_given_random_source()
    {
        Engine js = Load();

        Assert.Equal("b,c,a", Eval(js, "var d = CourseGlossary.createDeck(['a', 'b', 'c'], null); d.shuffle(function () { return 0; }); d.toJSON().order.join(',')"));
    }
}
