namespace Course.Web.Search;

/// <summary>
/// The keys of <c>theme/i18n/&lt;lang&gt;/search.yml</c>. <see cref="Label"/> and <see cref="Placeholder"/>
/// go into the search form's markup; the layout writes every other key present in the file as a
/// <c>data-&lt;key&gt;</c> attribute of the form, where search.js reads it.
/// </summary>
public static class SearchStrings
{
    public const string Label = "label";
    public const string Placeholder = "placeholder";

    /// <summary>Keys every language must define.</summary>
    public static readonly IReadOnlyList<string> Required =
        [Label, Placeholder, "results-label", "loading", "error", "none", "count-other"];

    /// <summary>Plural forms of <c>count-</c> a language may add, as <c>Intl.PluralRules</c> names them.</summary>
    public static readonly IReadOnlyList<string> OptionalPluralForms = ["count-zero", "count-one", "count-two", "count-few", "count-many"];

    public static IEnumerable<string> DataAttributeKeys(IEnumerable<string> keys) =>
        keys.Where(k => k != Label && k != Placeholder);
}
