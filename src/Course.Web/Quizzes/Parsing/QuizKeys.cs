using Course.Web.Quizzes.Kinds;

namespace Course.Web.Quizzes.Parsing;

/// <summary>The keys a bank, a question and an option may have; anything else is reported as unknown.</summary>
internal static class QuizKeys
{
    public static IReadOnlyList<string> Bank { get; } = ["title", "questions", "sourceHash"];

    public static IReadOnlyList<string> Common { get; } = ["id", "type", "question", "section", "explanation", "level"];

    /// <summary>The answer keys of all kinds (<see cref="QuizKind.AnswerKey"/>).</summary>
    public static IReadOnlyList<string> TypeSpecific => QuizKinds.AnswerKeys;

    public static IReadOnlyList<string> Option { get; } = ["text", "correct", "feedback"];

    public static IReadOnlyList<string> Pair { get; } = ["left", "right"];

}
