namespace Course.Web.Lms;

/// <summary>A page the student reads inside the LMS: its site path (kk/concepts/history/) and its sections' heading ids.</summary>
public sealed record LmsPage(string Path, IReadOnlyList<string> Sections);
