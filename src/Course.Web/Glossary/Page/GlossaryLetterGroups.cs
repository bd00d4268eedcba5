using Course.Web.Glossary.Collation;
using Course.Web.Languages;

namespace Course.Web.Glossary.Page;

/// <summary>Sorts a language's entries by its alphabet and groups them by first letter.</summary>
public static class GlossaryLetterGroups
{
    public static IReadOnlyList<GlossaryEntry> Sort(IEnumerable<GlossaryEntry> entries, string lang)
    {
        AlphabetCollation collation = CourseLanguages.Get(lang).Collation;
        return entries.OrderBy(e => e.Term, collation).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Groups in alphabetical order, only letters that have entries.</summary>
    public static IReadOnlyList<LetterGroup> Group(IEnumerable<GlossaryEntry> entries, string lang)
    {
        AlphabetCollation collation = CourseLanguages.Get(lang).Collation;
        var groups = new List<LetterGroup>();
        foreach (GlossaryEntry entry in Sort(entries, lang))
        {
            string letter = collation.GroupOf(entry.Term);
            if (groups.Count == 0 || groups[^1].Letter != letter)
            {
                groups.Add(new LetterGroup(letter, $"glossary-letter-{groups.Count + 1}", new List<GlossaryEntry>()));
            }

            ((List<GlossaryEntry>)groups[^1].Entries).Add(entry);
        }

        return groups;
    }
}
