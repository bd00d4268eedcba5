using System.Globalization;

namespace Course.Web.Glossary.Matching;

/// <summary>
/// Splits text into words on Unicode boundaries: a word is a run of letters, digits and combining marks, so
/// spaces, punctuation and hyphens all separate words (<c>ҚК-нің</c> is <c>ҚК</c> + <c>нің</c>).
/// </summary>
public static class WordTokenizer
{
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            tokens.Add(new WordToken(start, i - start, text[start..i]));
        }

        return tokens;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };
}
