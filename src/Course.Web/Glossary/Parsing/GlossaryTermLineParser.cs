using System.Text.RegularExpressions;

namespace Course.Web.Glossary.Parsing;

/// <summary>Reads a term line, <c>Term {#id .term aliases="a; b"}</c>, reporting each problem at its column.</summary>
internal static partial class GlossaryTermLineParser
{
    private const string AttributesFix = "End the term line with {#an-id .term} (or .abbr for an abbreviation).";

    /// <param name="report">Receives the 0-based column, the message and the fix of each problem.</param>
    /// <returns>The term line, or null when it has errors.</returns>
    public static GlossaryTermLine? Parse(string line, Action<int, string, string> report)
    {
        string trimmed = line.TrimEnd();
        int open = trimmed.LastIndexOf('{');
        if (!trimmed.EndsWith('}') || open < 0)
        {
            if (open >= 0)
            {
                report(open, "The attribute block of this term line is not closed.", "End it with '}'.");
                return null;
            }

            report(trimmed.Length, $"The term line '{trimmed.Trim()}' has no id and no kind.", AttributesFix);
            return null;
        }

        int termStart = trimmed.Length - trimmed.TrimStart().Length;
        string term = trimmed[..open].Trim();
        if (term.Length == 0)
        {
            report(termStart, "The term is missing before the attributes.", "Write the term, then the attributes: Term {#an-id .term}.");
            return null;
        }

        List<AttributeToken>? tokens = AttributeTokenizer.Tokenize(trimmed, open, trimmed.Length - 1, report);
        if (tokens is null)
        {
            return null;
        }

        var reader = new TermAttributes(term, open, report);
        foreach (AttributeToken token in tokens)
        {
            reader.Add(token);
        }

        return reader.Complete(new GlossaryName(term, termStart));
    }

    /// <summary>An id is lowercase ASCII words joined by hyphens, so it is safe in URLs and HTML ids.</summary>
    public static bool IsValidId(string id) => IdPattern().IsMatch(id);

    /// <summary>The id an author probably meant, or null when nothing ASCII is left.</summary>
    public static string? SuggestId(string id)
    {
        string slug = NotIdCharacters().Replace(id.ToLowerInvariant(), "-").Trim('-');
        return slug.Length > 0 && IsValidId(slug) ? slug : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();

    [GeneratedRegex("[^a-z0-9]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacters();
}
