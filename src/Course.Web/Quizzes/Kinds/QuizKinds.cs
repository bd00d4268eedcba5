namespace Course.Web.Quizzes.Kinds;

/// <summary>The registry of question kinds, in documentation order; a new kind is one more entry here.</summary>
public static class QuizKinds
{
    public static IReadOnlyList<QuizKind> All { get; } =
    [
        new SingleChoiceKind(), new MultipleChoiceKind(), new TrueFalseKind(), new TextKind(), new MatchingKind(), new OrderingKind(),
    ];

    /// <summary>The names in documentation order, used in messages that list the choices.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(kind => kind.Name)];

    /// <summary>The bank keys that hold an answer, each once, so a key of another kind can be recognised.</summary>
    public static IReadOnlyList<string> AnswerKeys { get; } = [.. All.Select(kind => kind.AnswerKey).Distinct(StringComparer.Ordinal)];

    /// <summary>The kind named <paramref name="name"/> (case and surrounding spaces ignored), or null.</summary>
    public static QuizKind? Find(string name)
    {
        string lower = name.Trim().ToLowerInvariant();
        return All.FirstOrDefault(kind => string.Equals(kind.Name, lower, StringComparison.Ordinal));
    }
}
