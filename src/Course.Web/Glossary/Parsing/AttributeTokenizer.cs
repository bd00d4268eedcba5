namespace Course.Web.Glossary.Parsing;

/// <summary>Splits the inside of <c>{#id .kind key="value"}</c> into tokens, reporting what it cannot read.</summary>
internal static class AttributeTokenizer
{
    /// <param name="report">Receives the 0-based column, the message and the fix of each problem.</param>
    /// <returns>The tokens, or null when the block cannot be read.</returns>
    public static List<AttributeToken>? Tokenize(string line, int open, int close, Action<int, string, string> report)
    {
        var tokens = new List<AttributeToken>();
        int i = open + 1;
        while (i < close)
        {
            char c = line[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (c is '#' or '.')
            {
                i = SkipUntilSpace(line, i + 1, close);
                tokens.Add(new AttributeToken(c, line[(start + 1)..i], null, start, start + 1));
                continue;
            }

            i = ReadKey(line, i, close);
            string key = line[start..i];
            if (key.Length == 0 || i >= close || line[i] != '=')
            {
                string word = line[start..SkipUntilSpace(line, start, close)];
                report(start, $"Cannot read '{word}' in the attributes.", "Write only #id, .term or .abbr, aliases=\"…; …\" and avoid=\"…; …\" inside the braces.");
                return null;
            }

            i++;
            if (i < close && line[i] is '"' or '\'')
            {
                char quote = line[i];
                int end = line.IndexOf(quote, i + 1);
                if (end < 0 || end > close)
                {
                    report(i, $"The value of '{key}' has no closing quote.", $"Close it with {quote} before the '}}'.");
                    return null;
                }

                tokens.Add(new AttributeToken('=', key, line[(i + 1)..end], start, i + 1));
                i = end + 1;
                continue;
            }

            int valueStart = i;
            i = SkipUntilSpace(line, i, close);
            tokens.Add(new AttributeToken('=', key, line[valueStart..i], start, valueStart));
        }

        return tokens;
    }

    private static int SkipUntilSpace(string line, int i, int close)
    {
        while (i < close && !char.IsWhiteSpace(line[i]))
        {
            i++;
        }

        return i;
    }

    private static int ReadKey(string line, int i, int close)
    {
        while (i < close && (char.IsAsciiLetterOrDigit(line[i]) || line[i] is '-' or '_'))
        {
            i++;
        }

        return i;
    }
}
