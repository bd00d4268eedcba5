namespace Course.Web.Search;

/// <summary>
/// The fields of a course search index and their boosts. <see cref="Folded"/> holds the keyboard-folded
/// form of the stems that folding changes (қылмыс → кылмыс), so queries typed without Kazakh letters
/// still match; its low boost keeps exact matches first.
/// </summary>
public static class SearchFields
{
    public const string Title = "title";
    public const string Heading = "heading";
    public const string Body = "body";
    public const string Folded = "folded";

    public const double TitleBoost = 10;
    public const double HeadingBoost = 5;
    public const double BodyBoost = 1;
    public const double FoldedBoost = 0.5;
}
