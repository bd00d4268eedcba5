using Course.Web.Search.Stemming;

namespace Course.Web.Glossary.Matching;

/// <summary>
/// Finds a language's glossary entries in text. Terms and their aliases match as sequences of stems, so
/// inflected forms match (фишингтің, хакерами); abbreviations match only as the exact, case-sensitive words.
/// At each word the longest match wins; matches never overlap and never start or end inside a word.
/// Thread-safe once built.
/// </summary>
public sealed class GlossaryTermMatcher
{
    private readonly IStemmer stemmer;
    private readonly Dictionary<string, List<MatchPattern>> byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MatchPattern>> byWord = new(StringComparer.Ordinal);

    public GlossaryTermMatcher(IEnumerable<GlossaryEntry> entries, IStemmer stemmer)
    {
        this.stemmer = stemmer;
        Entries = entries.ToList();
        int order = 0;
        foreach (GlossaryEntry entry in Entries)
        {
            foreach (string name in entry.Names)
            {
                MatchPattern? pattern = PatternBuilder.Build(entry, name, order++, StemOf);
                if (pattern is not null)
                {
                    Dictionary<string, List<MatchPattern>> index = pattern.IsExact ? byWord : byStem;
                    string first = pattern.Keys[0];
                    if (!index.TryGetValue(first, out List<MatchPattern>? list))
                    {
                        index[first] = list = [];
                    }

                    list.Add(pattern);
                }
            }
        }
    }

    public IReadOnlyList<GlossaryEntry> Entries { get; }

    /// <summary>All non-overlapping matches in <paramref name="text"/>, left to right.</summary>
    public IReadOnlyList<GlossaryMatch> FindMatches(string text)
    {
        var matches = new List<GlossaryMatch>();
        var words = new MatchWords(text, WordTokenizer.Tokenize(text), StemOf);
        int i = 0;
        while (i < words.Count)
        {
            (GlossaryMatch Match, int Next)? best = FindLongestAt(words, i);
            if (best is null)
            {
                i++;
                continue;
            }

            matches.Add(best.Value.Match);
            i = best.Value.Next;
        }

        return matches;
    }

    /// <summary>The stem a word is matched by: lowercased, ё read as е, then stemmed.</summary>
    public string StemOf(string word)
    {
        string lower = word.ToLowerInvariant().Replace('ё', 'е');
        string stem = stemmer.Stem(lower);
        return string.IsNullOrEmpty(stem) ? lower : stem;
    }

    private (GlossaryMatch Match, int Next)? FindLongestAt(MatchWords words, int i)
    {
        (GlossaryMatch Match, int Next, int Order)? best = null;
        IEnumerable<MatchPattern> candidates = Candidates(byWord, words.Token(i).Text).Concat(Candidates(byStem, words.Stem(i)));
        foreach (MatchPattern pattern in candidates)
        {
            GlossaryMatch? match = words.TryMatch(pattern, i);
            if (match is null)
            {
                continue;
            }

            bool better = best is null || match.Length > best.Value.Match.Length
                || (match.Length == best.Value.Match.Length && pattern.Order < best.Value.Order);
            if (better)
            {
                best = (match, i + pattern.Keys.Length, pattern.Order);
            }
        }

        return best is null ? null : (best.Value.Match, best.Value.Next);
    }

    private static List<MatchPattern> Candidates(Dictionary<string, List<MatchPattern>> index, string key) =>
        index.TryGetValue(key, out List<MatchPattern>? list) ? list : [];
}
