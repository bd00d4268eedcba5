using Course.Web.Quizzes.Kinds;

namespace Course.Web.Quizzes;

/// <summary>
/// One question of a bank. Which of the type-specific lists is filled depends on its <see cref="Kind"/>:
/// <see cref="Options"/> (single, multiple), <see cref="Answer"/> (truefalse), <see cref="Answers"/> (text),
/// <see cref="Pairs"/> (matching, in the right pairing) and <see cref="Items"/> (ordering, in the right order);
/// the others are empty. Texts are inline Markdown. <see cref="Level"/> is null when the bank gives none.
/// </summary>
public sealed record QuizQuestion(
    string Id,
    QuizKind Kind,
    string Text,
    QuizSectionReference Section,
    string Explanation,
    SourcePosition Position)
{
    public QuizQuestionLevel? Level { get; init; }

    public IReadOnlyList<QuizOption> Options { get; init; } = [];

    public bool? Answer { get; init; }

    public IReadOnlyList<string> Answers { get; init; } = [];

    public IReadOnlyList<QuizPair> Pairs { get; init; } = [];

    public IReadOnlyList<string> Items { get; init; } = [];
}
