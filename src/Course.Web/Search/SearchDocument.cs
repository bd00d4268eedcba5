namespace Course.Web.Search;

/// <summary>
/// One searchable section of a page. <paramref name="Ref"/> is its unique id in the index; keep it short
/// (<see cref="SearchRefs.FromOrdinal"/>) because it is written once per field and per posting.
/// <paramref name="Url"/> is relative to the language root, with the section's anchor
/// (<c>offender/portrait/#жасы</c>); <paramref name="Heading"/> is shown and indexed (a page's first
/// section, without an anchor, is headed by <paramref name="Title"/> when it is empty);
/// <paramref name="Text"/> is the plain text indexed in the body.
/// </summary>
public sealed record SearchDocument(string Ref, string Url, string Title, string Heading, string Chapter, string Text)
{
    /// <summary>lunr's document boost: below 1 for what should rank after the chapters.</summary>
    public double Boost { get; init; } = 1;

    /// <summary>More words indexed with the heading but not shown (a glossary term's aliases).</summary>
    public string Keywords { get; init; } = "";

    /// <summary>The text whose beginning the results show; <see cref="Text"/> when null.</summary>
    public string? Excerpt { get; init; }

    /// <summary>
    /// The fields already counted by <see cref="SearchIndexGenerator.Count"/> (per page, while the site is
    /// built); the texts are then no longer needed. Null: the generator counts <see cref="Text"/> itself.
    /// </summary>
    public IReadOnlyDictionary<string, Lunr.LunrTermCounts>? Terms { get; init; }
}
