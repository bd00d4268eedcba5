namespace Course.Web.Search;

/// <summary>
/// One searchable section of a page. <paramref name="Ref"/> is its unique id in the index; keep it short
/// (<see cref="SearchRefs.FromOrdinal"/>) because it is written once per field and per posting.
/// <paramref name="Url"/> is relative to the language root, with the section's anchor
/// (<c>offender/portrait/#жасы</c>); <paramref name="Text"/> is the plain text of the section.
/// </summary>
public sealed record SearchDocument(string Ref, string Url, string Title, string Heading, string Chapter, string Text);
