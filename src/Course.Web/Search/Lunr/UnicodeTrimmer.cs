using System.Globalization;
using System.Text;

namespace Course.Web.Search.Lunr;

/// <summary>
/// Strips everything but letters, marks and digits from both ends of a word. lunr's own trimmer uses
/// JavaScript's ASCII-only <c>\W</c> and so erases Cyrillic words; the browser twin of this one is
/// <c>s.replace(/^[^\p{L}\p{M}\p{N}]+/u, '').replace(/[^\p{L}\p{M}\p{N}]+$/u, '')</c>.
/// </summary>
public static class UnicodeTrimmer
{
    public const string Label = "trimmer-unicode";

    public static PipelineFunction Function { get; } = PipelineFunction.Map(Label, Trim);

    public static string Trim(string word)
    {
        int start = 0;
        while (start < word.Length && !StartsWithWordRune(word, start, out int length))
        {
            start += length;
        }

        int end = word.Length;
        while (end > start)
        {
            int previous = end >= 2 && char.IsLowSurrogate(word[end - 1]) && char.IsHighSurrogate(word[end - 2]) ? end - 2 : end - 1;
            if (StartsWithWordRune(word, previous, out _))
            {
                break;
            }

            end = previous;
        }

        return word[start..end];
    }

    public static bool IsWordRune(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    // A lone surrogate counts as one non-word unit.
    private static bool StartsWithWordRune(string word, int index, out int length)
    {
        if (!Rune.TryGetRuneAt(word, index, out Rune rune))
        {
            length = 1;
            return false;
        }

        length = rune.Utf16SequenceLength;
        return IsWordRune(rune);
    }
}
