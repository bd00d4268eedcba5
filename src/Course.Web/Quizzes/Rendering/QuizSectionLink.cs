namespace Course.Web.Quizzes.Rendering;

/// <summary>Where a question's section page is, relative to the quiz page, and its title for the "Read:" link.</summary>
public sealed record QuizSectionLink(string Url, string Title);
