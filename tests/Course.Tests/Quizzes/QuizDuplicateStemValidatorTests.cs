using Course.Core.Diagnostics;
using Course.Web.Quizzes;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Validation;
using static Course.Tests.Quizzes.QuizYaml;

namespace Course.Tests.Quizzes;

public sealed class QuizDuplicateStemValidatorTests
{
    [Fact]
    public void The_same_stem_in_two_banks_is_a_warning_at_the_later_question()
    {
        QuizBank concepts = Bank("kk/concepts/quiz.yml", ("a", "Киберқылмыс   тек интернетте жасалады."), ("b", "Басқа сұрақ?"));
        QuizBank offender = Bank("kk/offender/quiz.yml", ("c", "киберқылмыс тек\\n интернетте ЖАСАЛАДЫ."));

        Diagnostic d = Assert.Single(QuizDuplicateStemValidator.Validate([offender, concepts]));

        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
        Assert.StartsWith("kk/offender/quiz.yml:2:5: warning: question 'c' asks the same as question 'a' at kk/concepts/quiz.yml:2:5", d.ToString());
    }

    [Fact]
    public void Different_stems_give_no_warning()
    {
        QuizBank concepts = Bank("kk/concepts/quiz.yml", ("a", "Бірінші сұрақ?"));
        QuizBank offender = Bank("kk/offender/quiz.yml", ("b", "Бірінші сұрақ емес?"));

        Assert.Empty(QuizDuplicateStemValidator.Validate([concepts, offender]));
    }

    private static QuizBank Bank(string path, params (string Id, string Stem)[] questions)
    {
        var lines = new List<string> { "questions:" };
        foreach ((string id, string stem) in questions)
        {
            lines.AddRange([$"  - id: {id}", "    type: truefalse", $"    question: \"{stem}\"", "    section: concepts/threats",
                "    explanation: Себебі.", "    answer: true"]);
        }

        QuizParseResult result = QuizBankParser.Parse(path, Lines([.. lines]));
        Assert.Empty(result.Diagnostics);
        return result.Bank!;
    }
}
