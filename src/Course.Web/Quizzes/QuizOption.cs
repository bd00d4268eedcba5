namespace Course.Web.Quizzes;

/// <summary>One answer option of a single- or multiple-choice question; texts are inline Markdown.</summary>
public sealed record QuizOption(string Text, bool IsCorrect, string? Feedback, SourcePosition Position);
