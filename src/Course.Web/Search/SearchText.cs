using System.Text;

namespace Course.Web.Search;

/// <summary>
/// Normalizes text before it is indexed or stored: NFC (so й is one letter), no soft hyphens or
/// zero-width characters (they would split or glue words invisibly), single spaces. search-query.js
/// normalizes queries the same way.
/// </summary>
public static class SearchText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        bool composedAlready = !MayChangeUnderNfc(text);
        if (composedAlready && IsTidy(text))
        {
            return text;
        }

        string composed = composedAlready ? text : Compose(text);
        StringBuilder result = new(composed.Length);
        bool pendingSpace = false;
        foreach (char c in composed)
        {
            if (c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c == '\uFEFF')
            {
                pendingSpace = result.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                result.Append(' ');
                pendingSpace = false;
            }

            result.Append(c);
        }

        return result.ToString();
    }

    // Text with a code point ICU rejects (a lone surrogate, U+FFFE) is indexed as it is rather than failing the build.
    private static string Compose(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>
    /// Whether the text may change under NFC: it has a character outside Latin-1 and its extensions (to U+02FF),
    /// the composed Cyrillic letters (U+0400–U+0482, U+048A–U+052F), punctuation, currency (₸) and letterlike symbols
    /// (№) from U+2002 to U+214F but the singletons U+2126, U+212A and U+212B that NFC replaces. Most course text
    /// never needs the (costly) normalization call. Every page's text is checked, so the check searches ranges
    /// (vectorized; a set of these characters is searched one character at a time through Cyrillic), and the few
    /// characters past U+052F (dashes, №) are looked at one by one.
    /// </summary>
    internal static bool MayChangeUnderNfc(ReadOnlySpan<char> text)
    {
        if (text.IndexOfAnyInRange('\u0300', '\u03FF') >= 0 || text.IndexOfAnyInRange('\u0483', '\u0489') >= 0)
        {
            return true;
        }

        for (int next = text.IndexOfAnyExceptInRange('\u0000', '\u052F'); next >= 0; next = text.IndexOfAnyExceptInRange('\u0000', '\u052F'))
        {
            if (text[next] is < '\u2002' or > '\u214F' or '\u2126' or '\u212A' or '\u212B')
            {
                return true;
            }

            text = text[(next + 1)..];
        }

        return false;
    }

    /// <summary>
    /// Whether the text has a character <see cref="Normalize"/> changes besides composition: invisible characters
    /// (U+00AD, U+200B–U+200D, U+2060, U+FEFF) and white space other than ' ' (<see cref="char.IsWhiteSpace(char)"/>),
    /// searched as ranges and small sets (vectorized).
    /// </summary>
    internal static bool HasUntidy(ReadOnlySpan<char> text) =>
        text.IndexOfAnyInRange('\t', '\r') >= 0
        || text.IndexOfAny("\u0085\u00A0\u00AD\u1680\u3000") >= 0
        || text.IndexOfAnyInRange('\u2000', '\u200D') >= 0
        || text.IndexOfAny("\u2028\u2029\u202F\u205F\u2060") >= 0
        || text.IndexOf('\uFEFF') >= 0;

    // Text from HtmlText.Strip is usually normalized already: then it is returned as is, not copied.
    private static bool IsTidy(string text) =>
        text[0] != ' ' && text[^1] != ' ' && !HasUntidy(text) && !text.Contains("  ", StringComparison.Ordinal);

    /// <summary>
    /// <see cref="Truncate"/> of <see cref="Normalize"/>d text, normalizing only the beginning of a long text:
    /// an excerpt of 150 characters should not cost a pass over a whole chapter.
    /// </summary>
    public static string Excerpt(string text, int maxLength)
    {
        int window = (maxLength * 2) + 64;
        if (text.Length > window)
        {
            string head = Normalize(text[..(char.IsHighSurrogate(text[window - 1]) ? window - 1 : window)]);
            if (head.Length > maxLength + 16)
            {
                return Truncate(head, maxLength);
            }
        }

        return Truncate(Normalize(text), maxLength);
    }

    /// <summary>Cuts <paramref name="text"/> at a word boundary to at most <paramref name="maxLength"/> characters, marking the cut with "…".</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        int cut = text.LastIndexOf(' ', Math.Max(0, maxLength - 1));
        if (cut <= 0)
        {
            cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
