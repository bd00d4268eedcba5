namespace Course.Web.Lms;

/// <summary>A chapter's quiz as the LMS score counts it: its id in the course store (kk/concepts), its page and its number of questions.</summary>
public sealed record LmsQuiz(string Id, string Path, int Questions);
