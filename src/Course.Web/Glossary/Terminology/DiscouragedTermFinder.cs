using Course.Web.Glossary.Matching;
using Course.Web.Search.Stemming;

namespace Course.Web.Glossary.Terminology;

/// <summary>
/// Finds a language's discouraged variants (each entry's <see cref="GlossaryEntry.Avoid"/>) in a page, in any
/// inflected form, with the glossary's own matcher and stemmer. The entries' terms and aliases take part in the
/// matching too, so a longer preferred name that contains a variant wins over it. A variant written without
/// lowercase letters (ХЭБ, СМС) is matched like an abbreviation: exactly, as a whole word. Text in backticks
/// is skipped, so a page can quote a variant on purpose (`ХЭБ`). Thread-safe once built.
/// </summary>
public sealed class DiscouragedTermFinder
{
    private readonly GlossaryTermMatcher matcher;
    private readonly Dictionary<GlossaryEntry, (string Variant, GlossaryEntry Preferred)> variants = new(ReferenceEqualityComparer.Instance);

    public DiscouragedTermFinder(IEnumerable<GlossaryEntry> entries, IStemmer stemmer)
    {
        var all = new List<GlossaryEntry>();
        foreach (GlossaryEntry entry in entries)
        {
            all.Add(entry);
            foreach (string variant in entry.Avoid)
            {
                GlossaryEntryKind kind = variant.Any(char.IsLower) ? GlossaryEntryKind.Term : GlossaryEntryKind.Abbreviation;
                GlossaryEntry pattern = entry with { Term = variant, Kind = kind, Aliases = [], Avoid = [] };
                variants.Add(pattern, (variant, entry));
                all.Add(pattern);
            }
        }

        matcher = new GlossaryTermMatcher(all, stemmer);
    }

    /// <summary>True when no entry lists a variant, so there is nothing to look for.</summary>
    public bool IsEmpty => variants.Count == 0;

    /// <param name="text">A whole file, or a part of it that starts at line <paramref name="firstLine"/>.</param>
    public IReadOnlyList<DiscouragedUse> Find(string text, int firstLine = 1)
    {
        if (IsEmpty)
        {
            return [];
        }

        string masked = MaskInlineCode(text);
        var uses = new List<DiscouragedUse>();
        int line = firstLine;
        int lineStart = 0;
        int scanned = 0;
        foreach (GlossaryMatch match in matcher.FindMatches(masked))
        {
            if (!variants.TryGetValue(match.Entry, out (string Variant, GlossaryEntry Preferred) found))
            {
                continue;
            }

            for (; scanned < match.Start; scanned++)
            {
                if (text[scanned] == '\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }
            }

            uses.Add(new DiscouragedUse(line, match.Start - lineStart + 1, text.Substring(match.Start, match.Length), found.Variant, found.Preferred));
        }

        return uses;
    }

    /// <summary>Blanks `code spans` (within a line) so they are not searched, keeping every offset in place.</summary>
    private static string MaskInlineCode(string text)
    {
        char[] chars = text.ToCharArray();
        int open = -1;
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '\n')
            {
                open = -1;
            }
            else if (chars[i] == '`')
            {
                if (open < 0)
                {
                    open = i;
                }
                else
                {
                    Array.Fill(chars, ' ', open, i - open + 1);
                    open = -1;
                }
            }
        }

        return new string(chars);
    }
}
