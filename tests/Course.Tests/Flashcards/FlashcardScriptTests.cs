using Course.Tests.Quizzes;
using Course.Tests.Support;
using Jint;

namespace Course.Tests.Flashcards;

/// <summary>The Leitner boxes of theme/assets/js/flashcards.js, run in Jint without a DOM.</summary>
public sealed class FlashcardScriptTests
{
    private const long Day = 24L * 60 * 60 * 1000;

    private readonly Engine engine = CreateEngine();

    [Fact]
    public void Knowing_a_card_moves_it_up_a_box_and_not_knowing_sends_it_back_to_the_first()
    {
        engine.Execute("var F = CourseFlashcards; var a = F.review(null, true, 0); var b = F.review(a, true, 0); var c = F.review(b, false, 5);");

        Assert.Equal($"2:{2 * Day}", engine.Evaluate("a.box + ':' + a.due").AsString());
        Assert.Equal($"3:{4 * Day}", engine.Evaluate("b.box + ':' + b.due").AsString());
        Assert.Equal("1:5", engine.Evaluate("c.box + ':' + c.due").AsString());
        Assert.Equal(5, engine.Evaluate("var d = { box: 5, due: 0 }; F.review(d, true, 0).box").AsNumber());
    }

    [Fact]
    public void A_session_shows_due_cards_first_then_new_ones_and_leaves_out_cards_not_due()
    {
        engine.Execute($"var cards = {{ known: {{ box: 2, due: {2 * Day} }}, missed: {{ box: 1, due: 0 }}, older: {{ box: 3, due: {Day / 2} }} }};");

        Assert.Equal("missed,older,new1,new2", engine.Evaluate($"CourseFlashcards.queue(['new1', 'known', 'older', 'new2', 'missed'], cards, {Day}).join(',')").AsString());
        Assert.Equal("missed,known,older,new1", engine.Evaluate($"CourseFlashcards.queue(['new1', 'known', 'older', 'missed'], cards, {3 * Day}).join(',')").AsString());
        Assert.Equal(2 * Day, engine.Evaluate($"CourseFlashcards.nextDue(['known', 'older', 'missed'], cards, {Day})").AsNumber());
        Assert.True(engine.Evaluate($"CourseFlashcards.nextDue(['missed'], cards, {Day}) === null").AsBoolean());
    }

    [Fact]
    public void The_script_holds_no_kazakh_or_russian_text()
    {
        Assert.DoesNotMatch("[\u0400-\u04FF]", Repo.ReadText("theme", "assets/js/flashcards.js"));
    }

    private static Engine CreateEngine()
    {
        var engine = new Engine();
        engine.Execute(Repo.ReadText("theme", "assets/js/format.js"));
        engine.Execute(Repo.ReadText("theme", "assets/js/flashcards.js"));
        return engine;
    }
}
