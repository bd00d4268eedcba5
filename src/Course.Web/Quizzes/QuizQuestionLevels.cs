namespace Course.Web.Quizzes;

/// <summary>Maps <see cref="QuizQuestionLevel"/> to and from the lowercase names written in the banks.</summary>
public static class QuizQuestionLevels
{
    /// <summary>The names in documentation order, used in messages that list the choices.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<QuizQuestionLevel>().Select(ToName)];

    public static string ToName(this QuizQuestionLevel level) => level.ToString().ToLowerInvariant();

    public static bool TryParse(string name, out QuizQuestionLevel level)
    {
        string lower = name.Trim().ToLowerInvariant();
        foreach (QuizQuestionLevel candidate in Enum.GetValues<QuizQuestionLevel>())
        {
            if (string.Equals(candidate.ToName(), lower, StringComparison.Ordinal))
            {
                level = candidate;
                return true;
            }
        }

        level = default;
        return false;
    }
}
