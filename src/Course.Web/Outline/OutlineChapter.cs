namespace Course.Web.Outline;

/// <summary>A chapter: its overview, its sections in order, and its quiz if it has one.</summary>
public sealed record OutlineChapter(string Slug, OutlinePage Overview, IReadOnlyList<OutlinePage> Sections, OutlinePage? Quiz);
