using System.Text.Encodings.Web;
using System.Text.Json;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// The machine-readable answer of a question, written to <c>data-answer</c> and read by
/// <c>CourseQuiz.check</c>: indexes of the right options (single, multiple), true or false, the
/// accepted texts, the right option index per left item (matching), or the item indexes in order.
/// Indexes are positions in the bank, which the HTML keeps as the inputs' values.
/// </summary>
internal static class QuizAnswerKey
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Json(QuizQuestion question) => question.Type switch
    {
        QuizQuestionType.Single or QuizQuestionType.Multiple => Serialize(
            question.Options.Select((option, index) => (option, index)).Where(o => o.option.IsCorrect).Select(o => o.index).ToArray()),
        QuizQuestionType.TrueFalse => question.Answer == true ? "true" : "false",
        QuizQuestionType.Text => Serialize(question.Answers.ToArray()),
        QuizQuestionType.Matching => Serialize(Enumerable.Range(0, question.Pairs.Count).ToArray()),
        QuizQuestionType.Ordering => Serialize(Enumerable.Range(0, question.Items.Count).ToArray()),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question.Type, null),
    };

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
