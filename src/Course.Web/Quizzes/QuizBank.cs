namespace Course.Web.Quizzes;

/// <summary>
/// A chapter's quiz bank in one language, as parsed from <c>input/&lt;lang&gt;/&lt;chapter&gt;/quiz.yml</c>.
/// <see cref="Title"/> is null when the bank has none (the chapter title is used then).
/// </summary>
public sealed record QuizBank(string SourcePath, string? Title, IReadOnlyList<QuizQuestion> Questions);
