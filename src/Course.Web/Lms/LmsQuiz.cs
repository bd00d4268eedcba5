namespace Course.Web.Lms;

/// <summary>
/// A chapter's quiz as the LMS counts it: its id in the course store (kk/concepts), its page, and its questions' ids
/// in the bank's order (their number makes the score; their order lets suspend_data keep an attempt's answers by index).
/// </summary>
public sealed record LmsQuiz(string Id, string Path, IReadOnlyList<string> QuestionIds)
{
    public int Questions => QuestionIds.Count;
}
