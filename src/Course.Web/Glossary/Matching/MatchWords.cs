namespace Course.Web.Glossary.Matching;

/// <summary>The words of one text being matched, with their stems computed once, on first use.</summary>
internal sealed class MatchWords(string text, List<WordToken> tokens, Func<string, string> stemOf)
{
    private readonly string?[] stems = new string?[tokens.Count];

    public int Count => tokens.Count;

    public WordToken Token(int i) => tokens[i];

    public string Stem(int i) => stems[i] ??= stemOf(tokens[i].Text);

    public GlossaryMatch? TryMatch(MatchPattern pattern, int i)
    {
        int count = pattern.Keys.Length;
        if (i + count > tokens.Count)
        {
            return null;
        }

        for (int k = 0; k < count; k++)
        {
            string key = pattern.IsExact ? tokens[i + k].Text : Stem(i + k);
            if (key != pattern.Keys[k] || (k > 0 && !GapMatches(pattern, i + k, k - 1)))
            {
                return null;
            }
        }

        int start = tokens[i].Start;
        int end = tokens[i + count - 1].End;
        if (pattern.Prefix.Length > 0 && text.AsSpan(0, start).EndsWith(pattern.Prefix, StringComparison.Ordinal))
        {
            start -= pattern.Prefix.Length;
        }

        if (pattern.Suffix.Length > 0 && text.AsSpan(end).StartsWith(pattern.Suffix, StringComparison.Ordinal))
        {
            end += pattern.Suffix.Length;
        }

        return new GlossaryMatch(start, end - start, pattern.Entry);
    }

    private bool GapMatches(MatchPattern pattern, int tokenIndex, int gapIndex)
    {
        string gap = text[tokens[tokenIndex - 1].End..tokens[tokenIndex].Start];
        return pattern.IsExact ? gap == pattern.Gaps[gapIndex] : PatternBuilder.NormalizeGap(gap) == pattern.Gaps[gapIndex];
    }
}
