using System.Text;

namespace Course.Web.Glossary.Matching;

/// <summary>Turns an entry's name into a <see cref="MatchPattern"/>.</summary>
internal static class PatternBuilder
{
    public static MatchPattern? Build(GlossaryEntry entry, string name, int order, Func<string, string> stemOf)
    {
        List<WordToken> tokens = WordTokenizer.Tokenize(name);
        if (tokens.Count == 0)
        {
            return null;
        }

        bool exact = entry.IsAbbreviation;
        string[] keys = tokens.Select(t => exact ? t.Text : stemOf(t.Text)).ToArray();
        string[] gaps = new string[tokens.Count - 1];
        for (int k = 1; k < tokens.Count; k++)
        {
            string gap = name[tokens[k - 1].End..tokens[k].Start];
            gaps[k - 1] = exact ? gap : NormalizeGap(gap);
        }

        string prefix = name[..tokens[0].Start].Trim();
        string suffix = name[tokens[^1].End..].Trim();
        return new MatchPattern(entry, keys, gaps, prefix, suffix, order);
    }

    /// <summary>Between the words of a term, spaces, line breaks and dashes are interchangeable; other punctuation must match.</summary>
    public static string NormalizeGap(string gap)
    {
        var builder = new StringBuilder(gap.Length);
        foreach (char c in gap)
        {
            if (!char.IsWhiteSpace(c) && c is not '-' and not (>= '\u2010' and <= '\u2015'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
