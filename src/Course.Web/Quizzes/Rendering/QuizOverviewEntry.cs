namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// One quiz on the overview page: its id (as given to <see cref="QuizRenderer"/>), title, relative URL,
/// size, and how many of its questions are marked <c>level: recall</c> and <c>level: application</c>.
/// </summary>
public sealed record QuizOverviewEntry(string QuizId, string Title, string Url, int QuestionCount, int RecallCount = 0, int ApplicationCount = 0);
