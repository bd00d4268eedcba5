namespace Course.Web.Outline;

/// <summary>A top-level navigation entry: a chapter (with sections) or a single page.</summary>
public sealed record NavEntry(OutlinePage Page, OutlineChapter? Chapter);
