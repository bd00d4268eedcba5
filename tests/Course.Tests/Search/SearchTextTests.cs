using System.Text;
using Course.Web.Search;

namespace Course.Tests.Search;

/// <summary>Normalize's shortcuts (no NFC call for composed scripts, tidy text returned as is) change nothing.</summary>
public sealed class SearchTextTests
{
    // The definition the shortcuts must keep: NFC, invisible characters out, white space runs as one space, trimmed.
    private static string Reference(string text)
    {
        StringBuilder result = new();
        bool pendingSpace = false;
        string composed;
        try
        {
            composed = text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            composed = text; // U+FFFE and the like: ICU rejects them, the text is kept as it is
        }

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

    [Fact]
    public void EveryCharacterIsNormalizedAsTheDefinitionSays()
    {
        List<int> wrong = [];
        for (int c = 1; c <= 0xFFFF; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }

            string text = "a" + (char)c + "b а" + (char)c;
            if (SearchText.Normalize(text) != Reference(text))
            {
                wrong.Add(c);
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("Қылмыстық кодекстің 190-бабы № 226-V ҚРЗ")]
    [InlineData("  e\u0301  \u00A0 тақырып\u200B\r\n")]
    [InlineData("\u2126 \u212B")]
    public void TextsAreNormalizedAsTheDefinitionSays(string text)
    {
        Assert.Equal(Reference(text), SearchText.Normalize(text));
    }

    [Fact]
    public void TidyTextIsReturnedAsIs()
    {
        string text = "Компьютерлік қылмыс – жаңа түрі, № 1.";

        Assert.Same(text, SearchText.Normalize(text));
    }

    // The shortcuts' checks are vectorized searches of ranges; the sets they stand for, as first written.
    [Fact]
    public void TheShortcutChecksFindExactlyTheirCharactersAmongAllOfThem()
    {
        static bool In(char c, params (char First, char Last)[] ranges) => ranges.Any(r => c >= r.First && c <= r.Last);
        string around = new('қ', 40);
        for (int code = 0; code <= char.MaxValue; code++)
        {
            char c = (char)code;
            bool composed = In(c, ('\u0000', '\u02FF'), ('\u0400', '\u0482'), ('\u048A', '\u052F'), ('\u2002', '\u2125'), ('\u2127', '\u2129'), ('\u212C', '\u214F'));
            bool untidy = c != ' ' && (char.IsWhiteSpace(c) || c is '\uFEFF' or '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060');
            string text = around + c + "–№" + around;
            Assert.True(composed != SearchText.MayChangeUnderNfc(text), $"U+{code:X4} composed: {composed}");
            Assert.True(untidy == SearchText.HasUntidy(text), $"U+{code:X4} untidy: {untidy}");
        }
    }
}
