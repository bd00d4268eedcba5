using System.Text;

namespace Course.Web.Search;

/// <summary>
/// Normalizes text before it is indexed or stored: NFC (so й is one letter), no soft hyphens or
/// zero-width characters (they would split or glue words invisibly), single spaces. search.js
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

        string composed = MayChangeUnderNfc(text) ? text.Normalize(NormalizationForm.FormC) : text;
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

    // Latin-1, Cyrillic letters and general punctuation are already composed: most course text never
    // needs the (costly) normalization call. U+2000/U+2001 are singletons that NFC replaces.
    private static bool MayChangeUnderNfc(string text)
    {
        foreach (char c in text)
        {
            if (c >= '\u0300' && !(c is (>= '\u0400' and <= '\u0482') or (>= '\u048A' and <= '\u052F') or (>= '\u2002' and <= '\u206F')))
            {
                return true;
            }
        }

        return false;
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
