namespace Course.Web.Quizzes;

/// <summary>
/// The section page that teaches a question's answer: <c>Page</c> is <c>&lt;chapter&gt;/&lt;section&gt;</c>,
/// <c>Anchor</c> the optional fixed heading id written after <c>#</c>.
/// </summary>
public sealed record QuizSectionReference(string Page, string? Anchor, SourcePosition Position)
{
    public override string ToString() => Anchor is null ? Page : $"{Page}#{Anchor}";
}
