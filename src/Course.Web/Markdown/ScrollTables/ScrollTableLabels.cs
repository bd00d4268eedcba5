namespace Course.Web.Markdown.ScrollTables;

/// <summary>The words around a table in the page's language: the region's name ("Table" + its number) and the phone hint.</summary>
public sealed record ScrollTableLabels(string Table, string Hint);
