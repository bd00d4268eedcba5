using Course.Core.Diagnostics;
using Course.Web.Quizzes;
using Course.Web.Quizzes.Validation;

namespace Course.Tests.Quizzes;

public sealed class QuizTranslationValidatorTests
{
    [Fact]
    public void Same_ids_and_types_give_no_warning()
    {
        QuizBank kk = QuizSectionValidatorTests.Bank(QuizYaml.AllTypes);
        QuizBank ru = QuizSectionValidatorTests.Bank(QuizYaml.AllTypes, "ru/concepts/quiz.yml");

        Assert.Empty(QuizTranslationValidator.Compare(kk, ru));
    }

    [Fact]
    public void Missing_extra_and_retyped_questions_are_warnings()
    {
        QuizBank kk = QuizSectionValidatorTests.Bank(QuizYaml.AllTypes);
        string ruYaml = QuizYaml.AllTypes
            .Replace("id: first-law", "id: first-act", StringComparison.Ordinal)
            .Replace("type: multiple", "type: single", StringComparison.Ordinal)
            .Replace("{ text: Вирус, correct: true }", "{ text: Вирус }", StringComparison.Ordinal);
        QuizBank ru = QuizSectionValidatorTests.Bank(ruYaml, "ru/concepts/quiz.yml");

        IReadOnlyList<Diagnostic> diagnostics = QuizTranslationValidator.Compare(kk, ru);

        Assert.All(diagnostics, d => Assert.False(d.IsError));
        Assert.Equal(
            [
                "kk/concepts/quiz.yml:29:5: question 'first-law' is missing from ru/concepts/quiz.yml",
                "ru/concepts/quiz.yml:14:5: question 'threat-kinds' is single here but multiple in kk/concepts/quiz.yml",
                "ru/concepts/quiz.yml:29:5: question 'first-act' is not in the source bank kk/concepts/quiz.yml",
            ],
            diagnostics.Select(d => $"{d.File}:{d.Line}:{d.Column}: {d.Message}"));
    }
}
