using System.Text.Encodings.Web;
using Course.Web.Text;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// The machine-readable answer of a question, written to <c>data-answer</c> and read by
/// <c>CourseQuiz.check</c>: indexes of the right options (single, multiple), true or false, the
/// accepted texts, the right option index per left item (matching), or the item indexes in order.
/// Indexes are positions in the bank, which the HTML keeps as the inputs' values.
/// </summary>
internal static class QuizAnswerKey
{
    public static string Json(QuizQuestion question) => question.Type switch
    {
        QuizQuestionType.Single or QuizQuestionType.Multiple => JsonText.Array(
            question.Options.Select((option, index) => (option, index)).Where(o => o.option.IsCorrect).Select(o => o.index)),
        QuizQuestionType.TrueFalse => question.Answer == true ? "true" : "false",
        QuizQuestionType.Text => JsonText.Array(question.Answers, JavaScriptEncoder.UnsafeRelaxedJsonEscaping),
        QuizQuestionType.Matching => JsonText.Array(Enumerable.Range(0, question.Pairs.Count)),
        QuizQuestionType.Ordering => JsonText.Array(Enumerable.Range(0, question.Items.Count)),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question.Type, null),
    };
}
