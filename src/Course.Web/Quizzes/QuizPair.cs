namespace Course.Web.Quizzes;

/// <summary>A left item of a matching question and the right item that belongs to it; texts are inline Markdown.</summary>
public sealed record QuizPair(string Left, string Right, SourcePosition Position);
