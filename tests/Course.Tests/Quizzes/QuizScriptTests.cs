using AngleSharp.Dom;
using Course.Tests.Support;
using Course.Web.Quizzes;
using Course.Web.Quizzes.Rendering;
using Jint;

namespace Course.Tests.Quizzes;

/// <summary>The pure part of theme/assets/js/quiz.js, run in Jint without a DOM, against keys rendered by C#.</summary>
public sealed class QuizScriptTests
{
    private readonly Engine engine = CreateEngine();

    [Theory]
    [InlineData("кылмыскер", "қылмыскер", true)]
    [InlineData("  Швеция!", "Швеция", true)]
    [InlineData("ШВЕЦИЯДА", "Швецияда", true)]
    [InlineData("Щвеция", "Швеция", false)]
    [InlineData("Норвегия", "Швеция", false)]
    [InlineData("   ", "Швеция", false)]
    [InlineData("«К» бөлімі", "К бөлімі", true)]
    [InlineData("к болими", "«К» бөлімі", true)]
    public void Text_answers_are_compared_after_folding(string typed, string accepted, bool expected)
    {
        engine.SetValue("typed", typed).SetValue("accepted", accepted);

        Assert.Equal(expected, engine.Evaluate("CourseQuiz.check({ type: 'text', key: [accepted] }, typed)").AsBoolean());
    }

    [Theory]
    [InlineData("single", "[0]", "[0]", true)]
    [InlineData("single", "[0]", "[2]", false)]
    [InlineData("single", "[0]", "[]", false)]
    [InlineData("multiple", "[0,2]", "[2,0]", true)]
    [InlineData("multiple", "[0,2]", "[0]", false)]
    [InlineData("multiple", "[0,2]", "[0,1,2]", false)]
    [InlineData("truefalse", "false", "false", true)]
    [InlineData("truefalse", "false", "true", false)]
    [InlineData("truefalse", "false", "null", false)]
    [InlineData("matching", "[0,1,2]", "[0,1,2]", true)]
    [InlineData("matching", "[0,1,2]", "[0,2,1]", false)]
    [InlineData("matching", "[0,1,2]", "[0,1,null]", false)]
    [InlineData("ordering", "[0,1,2]", "[1,2,3]", true)]
    [InlineData("ordering", "[0,1,2]", "[2,1,3]", false)]
    [InlineData("ordering", "[0,1,2]", "[1,1,3]", false)]
    public void Check_grades_every_type(string type, string key, string answer, bool expected)
    {
        Assert.Equal(expected, engine.Evaluate($"CourseQuiz.check({{ type: '{type}', key: {key} }}, {answer})").AsBoolean());
    }

    [Theory]
    [InlineData("single", "[]", false)]
    [InlineData("single", "[1]", true)]
    [InlineData("truefalse", "null", false)]
    [InlineData("truefalse", "false", true)]
    [InlineData("text", "'  '", false)]
    [InlineData("text", "'?'", true)]
    [InlineData("matching", "[0, null]", false)]
    [InlineData("ordering", "[2, 1]", true)]
    public void Answered_tells_an_empty_answer_from_a_wrong_one(string type, string answer, bool expected)
    {
        Assert.Equal(expected, engine.Evaluate($"CourseQuiz.answered('{type}', {answer})").AsBoolean());
    }

    [Fact]
    public void The_right_answers_pass_against_the_keys_the_renderer_writes()
    {
        QuizBank bank = QuizSectionValidatorTests.Bank(QuizYaml.AllTypes);
        IDocument page = QuizRendererTests.Parse(QuizRenderer.Render(bank, "kk/concepts", QuizRendererTests.Resolve, ThemeStrings.Read("kk", "quiz")));
        string[] rightAnswers = ["[0]", "[1, 0]", "false", "'швецияда.'", "[0, 1, 2]", "[1, 2, 3]"];
        string[] wrongAnswers = ["[1]", "[0, 2]", "true", "'Дания'", "[1, 0, 2]", "[3, 2, 1]"];

        IElement[] questions = [.. page.QuerySelectorAll("[data-quiz-question]")];
        for (int i = 0; i < questions.Length; i++)
        {
            engine.SetValue("type", questions[i].GetAttribute("data-type")).SetValue("key", questions[i].GetAttribute("data-answer"));
            Assert.True(engine.Evaluate($"CourseQuiz.check({{ type: type, key: JSON.parse(key) }}, {rightAnswers[i]})").AsBoolean(), rightAnswers[i]);
            Assert.False(engine.Evaluate($"CourseQuiz.check({{ type: type, key: JSON.parse(key) }}, {wrongAnswers[i]})").AsBoolean(), wrongAnswers[i]);
        }
    }

    [Theory]
    [InlineData("  Швеция!")]
    [InlineData("Қылмыскер – ӘРЕКЕТ, ұғым; Һ ғ ң ү ө і")]
    [InlineData("iPhone 15 (Pro)")]
    [InlineData("Ёлка ёж")]
    [InlineData("«К» бөлімі № 2")]
    public void Normalize_matches_its_csharp_twin(string text)
    {
        engine.SetValue("text", text);

        Assert.Equal(QuizAnswerNormalizer.Normalize(text), engine.Evaluate("CourseQuiz.normalize(text)").AsString());
    }

    [Fact]
    public void Shuffle_keeps_every_element_and_uses_the_given_random()
    {
        engine.Execute("var calls = 0; var shuffled = CourseQuiz.shuffle([1, 2, 3, 4], function () { calls++; return 0; });");

        Assert.Equal("2,3,4,1", engine.Evaluate("shuffled.join(',')").AsString());
        Assert.Equal(3, engine.Evaluate("calls").AsNumber());
        Assert.Equal("1,2,3,4", engine.Evaluate("CourseQuiz.shuffle([4, 3, 1, 2]).sort().join(',')").AsString());
    }

    [Fact]
    public void Format_fills_placeholders_from_the_page_strings()
    {
        Assert.Equal("Лучший результат: 4 из 5", engine.Evaluate("CourseQuiz.format('Лучший результат: {score} из {total}', { score: 4, total: 5 })").AsString());
    }

    [Theory]
    [InlineData("right,right,right,right,right,right,right,wrong,unanswered,unanswered", 70, "7,1,2,70,true")]
    [InlineData("right,right,wrong", 70, "2,1,0,66,false")]
    [InlineData("right,unanswered", 50, "1,0,1,50,true")]
    public void The_summary_counts_wrong_and_unanswered_apart_against_the_pass_mark(string states, int passMark, string expected)
    {
        engine.SetValue("states", states).SetValue("passMark", passMark);

        Assert.Equal(expected, engine.Evaluate(
            "(function (s) { return [s.score, s.wrong, s.unanswered, s.percent, s.passed].join(','); })(CourseQuiz.summary(states.split(','), passMark))").AsString());
    }

    [Fact]
    public void An_attempt_keeps_the_best_score_and_adds_to_the_history()
    {
        engine.Execute("var first = CourseQuiz.recordAttempt(null, 5, 10, 1000); var second = CourseQuiz.recordAttempt(first, 3, 10, 2000); var resized = CourseQuiz.recordAttempt(second, 2, 12, 3000);");

        Assert.Equal("5,3,10,2", engine.Evaluate("[second.best, second.last, second.total, second.history.length].join(',')").AsString());
        Assert.Equal("1000:5,2000:3", engine.Evaluate("second.history.map(function (h) { return h.at + ':' + h.score; }).join(',')").AsString());
        Assert.Equal("2,12,3", engine.Evaluate("[resized.best, resized.total, resized.history.length].join(',')").AsString());
        Assert.Equal(1, engine.Evaluate("first.history.length").AsNumber());
    }

    [Fact]
    public void The_script_holds_no_kazakh_or_russian_text()
    {
        Assert.DoesNotMatch("[\u0400-\u04FF]", Repo.ReadText("theme", "assets/js/quiz.js"));
    }

    private static Engine CreateEngine()
    {
        var engine = new Engine();
        engine.Execute(Repo.ReadText("theme", "assets/js/format.js"));
        engine.Execute(Repo.ReadText("theme", "assets/js/fold.js"));
        engine.Execute(Repo.ReadText("theme", "assets/js/quiz.js"));
        return engine;
    }
}
