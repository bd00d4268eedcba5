namespace Course.Web.Glossary.Collation;

/// <summary>The collation of each course language.</summary>
public static class GlossaryCollations
{
    /// <summary>Digits, Latin, then other letters by code point: for a language without its own alphabet here.</summary>
    public static AlphabetCollation CodePoint { get; } = new("", new Dictionary<char, char>());

    public static AlphabetCollation ForLanguage(string lang) => lang switch
    {
        "kk" => KazakhCollation.Instance,
        "ru" => RussianCollation.Instance,
        _ => CodePoint,
    };
}
