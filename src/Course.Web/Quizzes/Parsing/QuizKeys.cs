namespace Course.Web.Quizzes.Parsing;

/// <summary>The keys a bank, a question and an option may have; anything else is reported as unknown.</summary>
internal static class QuizKeys
{
    public static IReadOnlyList<string> Bank { get; } = ["title", "questions", "sourceHash"];

    public static IReadOnlyList<string> Common { get; } = ["id", "type", "question", "section", "explanation", "level"];

    public static IReadOnlyList<string> TypeSpecific { get; } = ["options", "answer", "answers", "pairs", "items"];

    public static IReadOnlyList<string> Option { get; } = ["text", "correct", "feedback"];

    public static IReadOnlyList<string> Pair { get; } = ["left", "right"];

    public static string For(QuizQuestionType type) => type switch
    {
        QuizQuestionType.Single or QuizQuestionType.Multiple => "options",
        QuizQuestionType.TrueFalse => "answer",
        QuizQuestionType.Text => "answers",
        QuizQuestionType.Matching => "pairs",
        QuizQuestionType.Ordering => "items",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
