namespace Course.Web.Glossary.Parsing;

/// <summary>
/// Ids are unique; so are terms, aliases and discouraged variants, case-insensitively, across all entries of a
/// language (a variant that is also a term would make the build warn about the term itself).
/// </summary>
internal static class GlossaryDuplicateCheck
{
    /// <param name="report">Receives the 0-based line index, the 0-based column, the message and the fix.</param>
    /// <returns>The entries without those whose id repeats an earlier one.</returns>
    public static List<ParsedEntry> RemoveDuplicates(IReadOnlyList<ParsedEntry> entries, Action<int, int, string, string> report)
    {
        var ids = new Dictionary<string, ParsedEntry>(StringComparer.Ordinal);
        var names = new Dictionary<string, ParsedEntry>(StringComparer.Ordinal);
        var kept = new List<ParsedEntry>();
        foreach (ParsedEntry parsed in entries)
        {
            if (ids.TryGetValue(parsed.Entry.Id, out ParsedEntry? first))
            {
                report(parsed.LineIndex, parsed.TermLine.IdColumn - 1,
                    $"The id '#{parsed.Entry.Id}' is already used by '{first.Entry.Term}' on line {first.Entry.Line}.",
                    "Give this entry its own id, or merge the two entries.");
                continue;
            }

            ids.Add(parsed.Entry.Id, parsed);
            kept.Add(parsed);
            CheckNames(parsed, names, report);
        }

        return kept;
    }

    private static void CheckNames(ParsedEntry parsed, Dictionary<string, ParsedEntry> names, Action<int, int, string, string> report)
    {
        foreach (GlossaryName name in parsed.TermLine.Names.Concat(parsed.TermLine.Avoid))
        {
            string key = name.Text.ToLowerInvariant();
            if (!names.TryGetValue(key, out ParsedEntry? owner))
            {
                names.Add(key, parsed);
                continue;
            }

            string message = ReferenceEquals(owner, parsed)
                ? $"'{name.Text}' is listed twice in the entry '{parsed.Entry.Term}'."
                : $"'{name.Text}' is already a term, alias or avoided variant of '{owner.Entry.Term}' (#{owner.Entry.Id}) on line {owner.Entry.Line}.";
            report(parsed.LineIndex, name.Column, message,
                "Each term, alias and avoided variant may appear only once in a language (case does not matter): remove one, or merge the entries.");
        }
    }
}
