namespace Course.Web.Quizzes.Rendering;

/// <summary>One quiz on the overview page: its id (as given to <see cref="QuizRenderer"/>), title, relative URL and size.</summary>
public sealed record QuizOverviewEntry(string QuizId, string Title, string Url, int QuestionCount);
