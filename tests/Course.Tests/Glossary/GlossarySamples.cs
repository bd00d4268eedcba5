using Course.Web.Glossary;
using Course.Web.Glossary.Page;

namespace Course.Tests.Glossary;

internal static class GlossarySamples
{
    public static GlossaryEntry Entry(string id, string term, GlossaryEntryKind kind = GlossaryEntryKind.Term, string lang = "kk", params string[] aliases) =>
        new(id, lang, term, kind, aliases, $"Definition of {term}.", $"input/{lang}/glossary.md", 1, 1);

    public static GlossaryEntry Abbr(string id, string term, string lang = "kk") => Entry(id, term, GlossaryEntryKind.Abbreviation, lang);

    public static string Body(params string[] lines) => string.Join("\n", lines) + "\n";

    public static GlossaryStrings Strings { get; } = GlossaryStrings.FromMap(
        GlossaryStrings.Keys.ToDictionary(key => key, key => $"<{key["glossary.".Length..]}>"));
}
