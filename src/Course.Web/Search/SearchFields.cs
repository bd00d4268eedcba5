namespace Course.Web.Search;

/// <summary>
/// The fields of a course search index and their boosts. Names are one letter because every posting
/// and every vector of the index repeats them. <see cref="Folded"/> (only with
/// <c>SearchIndexGenerator.WithFoldedField</c>) holds the keyboard-folded form of the stems that
/// folding changes (қылмыс → кылмыс); its low boost keeps exact matches first.
/// </summary>
public static class SearchFields
{
    /// <summary>The section heading; the page title in a page's first section; a glossary term and its aliases.</summary>
    public const string Heading = "h";

    /// <summary>The section text.</summary>
    public const string Body = "b";

    public const string Folded = "folded";

    public const double HeadingBoost = 5;
    public const double BodyBoost = 1;
    public const double FoldedBoost = 0.5;
}
