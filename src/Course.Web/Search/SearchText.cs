using System.Buffers;
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

    // Latin-1, Cyrillic letters, punctuation, currency (₸) and letterlike symbols (№) are already
    // composed: most course text never needs the (costly) normalization call. U+2000, U+2001, U+2126,
    // U+212A and U+212B are singletons that NFC replaces.
    private static readonly SearchValues<char> Composed = SearchValues.Create(
        string.Concat(Range('\u0000', '\u02FF').Concat(Range('\u0400', '\u0482')).Concat(Range('\u048A', '\u052F'))
            .Concat(Range('\u2002', '\u2125')).Concat(Range('\u2127', '\u2129')).Concat(Range('\u212C', '\u214F'))));

    // What Normalize changes besides composition: invisible characters and any white space but a single ' '.
    private static readonly SearchValues<char> Untidy = SearchValues.Create(
        string.Concat(Range('\u0000', '\uFFFF').Where(c => c != ' ' && (char.IsWhiteSpace(c) || c is '\uFEFF' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060'))));

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

    private static bool MayChangeUnderNfc(string text) => text.AsSpan().IndexOfAnyExcept(Composed) >= 0;

    // Text from HtmlText.Strip is usually normalized already: then it is returned as is, not copied.
    private static bool IsTidy(string text) =>
        text[0] != ' ' && text[^1] != ' ' && text.AsSpan().IndexOfAny(Untidy) < 0 && !text.Contains("  ", StringComparison.Ordinal);

    private static IEnumerable<char> Range(char first, char last) => Enumerable.Range(first, last - first + 1).Select(c => (char)c);

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
