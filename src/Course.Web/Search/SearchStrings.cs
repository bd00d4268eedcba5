using Course.Web.Languages;

namespace Course.Web.Search;

/// <summary>
/// The keys of <c>theme/i18n/&lt;lang&gt;/search.yml</c>. <see cref="Label"/>, <see cref="Placeholder"/>
/// and <see cref="Hint"/> go into the search form's markup; every other <c>search.*</c> key is
/// written on the form as a <c>data-label-*</c> attribute (<see cref="DataAttributes"/>) for search-box.js.
/// </summary>
public static class SearchStrings
{
    public const string Prefix = "search.";
    public const string Label = "search.label";
    public const string Placeholder = "search.placeholder";
    public const string Hint = "search.hint";

    /// <summary>Keys every language must define.</summary>
    public static readonly IReadOnlyList<string> Required =
        [Label, Placeholder, Hint, "search.results", "search.loading", "search.error", "search.none", "search.count.other", "search.more", "search.definition", "search.unhighlight"];

    /// <summary>Plural forms a language may add, as <c>Intl.PluralRules</c> names them.</summary>
    public static readonly IReadOnlyList<string> OptionalPluralForms =
        ["search.count.zero", "search.count.one", "search.count.two", "search.count.few", "search.count.many"];

    /// <summary>
    /// The form's data attributes: the scripts search loads (<see cref="SearchBrowserScripts"/>: <c>data-scripts</c> for
    /// stemming and folding, <c>data-query</c>, <c>data-worker</c>; paths relative to the site root), <c>data-stemmer</c> (the lunr label they register), <c>data-keyboard-fold</c> when queries are keyboard-folded, then the UI
    /// strings (name → text) in ordinal key order.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> FormAttributes(CourseLanguage language, IReadOnlyDictionary<string, string> strings) =>
    [
        KeyValuePair.Create("data-scripts", string.Join(' ', SearchBrowserScripts.Stemming(language).Select(s => s.SitePath))),
        KeyValuePair.Create("data-query", SearchBrowserScripts.Query.SitePath),
        KeyValuePair.Create("data-worker", SearchBrowserScripts.Worker.SitePath),
        KeyValuePair.Create("data-stemmer", language.StemmerLabel),
        .. language.FoldsKeyboard ? [KeyValuePair.Create("data-keyboard-fold", string.Empty)] : Array.Empty<KeyValuePair<string, string>>(),
        .. DataAttributes(strings),
    ];

    /// <summary>The form's data attributes (name → text) from a language's UI strings, in ordinal key order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> DataAttributes(IReadOnlyDictionary<string, string> strings) =>
        strings
            .Where(s => s.Key.StartsWith(Prefix, StringComparison.Ordinal) && s.Key is not (Label or Placeholder or Hint))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => KeyValuePair.Create(AttributeName(s.Key), s.Value))
            .ToArray();

    /// <summary><c>search.count.one</c> → <c>data-label-count-one</c>.</summary>
    public static string AttributeName(string key) =>
        "data-label-" + key[Prefix.Length..].Replace('.', '-');
}
