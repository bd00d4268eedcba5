namespace Course.Web.Quizzes;

/// <summary>Maps <see cref="QuizQuestionType"/> to and from the lowercase names written in the banks and the HTML.</summary>
public static class QuizQuestionTypes
{
    /// <summary>The names in documentation order, used in messages that list the choices.</summary>
    public static IReadOnlyList<string> Names { get; } = ["single", "multiple", "truefalse", "text", "matching", "ordering"];

    public static string ToName(this QuizQuestionType type) => type switch
    {
        QuizQuestionType.Single => "single",
        QuizQuestionType.Multiple => "multiple",
        QuizQuestionType.TrueFalse => "truefalse",
        QuizQuestionType.Text => "text",
        QuizQuestionType.Matching => "matching",
        QuizQuestionType.Ordering => "ordering",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static bool TryParse(string name, out QuizQuestionType type)
    {
        string lower = name.Trim().ToLowerInvariant();
        foreach (QuizQuestionType candidate in Enum.GetValues<QuizQuestionType>())
        {
            if (string.Equals(candidate.ToName(), lower, StringComparison.Ordinal))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
