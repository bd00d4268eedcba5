namespace Course.Web.Glossary.Page;

/// <summary>
/// The glossary's UI text in one language, from <c>theme/i18n/&lt;lang&gt;/glossary.yml</c> (keys <c>glossary.*</c> of the
/// merged UI strings). Templates use
/// placeholders in braces ({shown}, {total}) that the browser fills in.
/// </summary>
public sealed record GlossaryStrings(
    string KindTerm,
    string KindAbbreviation,
    string Aliases,
    string UsedIn,
    string LetterIndex,
    string FilterLabel,
    string FilterCount,
    string NoMatches,
    string OpenInGlossary)
{
    /// <summary>The keys of glossary.yml, in the order of the constructor's parameters.</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "glossary.kindTerm", "glossary.kindAbbreviation", "glossary.aliases", "glossary.usedIn", "glossary.letterIndex", "glossary.filterLabel", "glossary.filterCount", "glossary.noMatches",
        "glossary.openInGlossary",
    ];

    /// <summary>The keys the map lacks, so the caller can report them.</summary>
    public static IReadOnlyList<string> MissingKeys(IReadOnlyDictionary<string, string> map) =>
        Keys.Where(key => !map.ContainsKey(key)).ToList();

    /// <summary>Reads the strings from a flat map; a missing key shows as [key], visibly, on the page.</summary>
    public static GlossaryStrings FromMap(IReadOnlyDictionary<string, string> map)
    {
        string[] values = Keys.Select(key => map.TryGetValue(key, out string? value) ? value : $"[{key}]").ToArray();
        return new GlossaryStrings(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], values[8]);
    }

    public string KindOf(GlossaryEntry entry) => entry.IsAbbreviation ? KindAbbreviation : KindTerm;
}
