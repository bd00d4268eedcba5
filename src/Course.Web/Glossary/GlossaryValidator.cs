using Course.Core.Diagnostics;

namespace Course.Web.Glossary;

/// <summary>Checks that need more than one file: translations of each entry, and whether any page uses it.</summary>
public static class GlossaryValidator
{
    /// <summary>Warns about an id present in one language's glossary and missing from another's, naming both files.</summary>
    public static IReadOnlyList<Diagnostic> CheckTranslations(IReadOnlyList<GlossaryFile> files)
    {
        var diagnostics = new List<Diagnostic>();
        foreach (GlossaryFile file in files)
        {
            foreach (GlossaryFile other in files.Where(f => !ReferenceEquals(f, file)))
            {
                var otherIds = other.Entries.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
                foreach (GlossaryEntry entry in file.Entries.Where(e => !otherIds.Contains(e.Id)))
                {
                    diagnostics.Add(Diagnostic.Warning(file.DisplayPath, entry.Line, entry.Column,
                        $"The entry '{entry.Term}' (#{entry.Id}) is in {file.DisplayPath} but missing from {other.DisplayPath}.",
                        $"Add its translation to {other.DisplayPath} with the same id, {{#{entry.Id} .{KindClass(entry)}}}, or remove it here."));
                }
            }
        }

        return diagnostics;
    }

    /// <summary>Warns about each entry that no chapter page uses.</summary>
    /// <param name="usage">Entry id → the pages that use it (e.g. collected from <c>GetGlossaryLinks()</c> of every page).</param>
    public static IReadOnlyList<Diagnostic> CheckUsage(GlossaryFile file, IReadOnlyDictionary<string, IReadOnlyList<GlossaryUsage>> usage)
    {
        return file.Entries
            .Where(entry => usage.GetValueOrDefault(entry.Id) is not { Count: > 0 })
            .Select(entry => Diagnostic.Warning(file.DisplayPath, entry.Line, entry.Column,
                $"No chapter page uses '{entry.Term}' (#{entry.Id}).",
                "Use the term (or one of its aliases) in a chapter, or remove the entry."))
            .ToList();
    }

    private static string KindClass(GlossaryEntry entry) => entry.IsAbbreviation ? "abbr" : "term";
}
