using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

public sealed class LunrTokenizerTests
{
    [Fact]
    public void LowercasesAndSplitsOnJavaScriptWhiteSpaceAndHyphens()
    {
        IReadOnlyList<LunrToken> tokens = LunrTokenizer.Tokenize("Ақпараттық-телекоммуникациялық  ЖЕЛІ\u00A0(Интернет)\u2003x--y", "body");

        Assert.Equal(["ақпараттық", "телекоммуникациялық", "желі", "(интернет)", "x", "y"], tokens.Select(t => t.Text));
        Assert.Equal([(0, 10, 0), (11, 19, 1), (32, 4, 2)], tokens.Take(3).Select(t => (t.Start, t.Length, t.Index)));
        Assert.All(tokens, t => Assert.Equal("body", t.Field));
    }

    [Fact]
    public void KeepsCharactersThatAreWhiteSpaceInDotNetButNotInJavaScript()
    {
        Assert.Equal(["a\u0085b"], LunrTokenizer.Tokenize("a\u0085b", "f").Select(t => t.Text));
        Assert.Equal(["a", "b"], LunrTokenizer.Tokenize("a\uFEFFb", "f").Select(t => t.Text));
    }

    [Fact]
    public void MatchesLunrJsOnMixedText()
    {
        const string Text = "Қылмыс–заң — ТМД-елдері\t2020\r\n«Киберқалқан» e-mail\u2028end";
        LunrJs js = new();

        string[] expected = js.Evaluate<string[]>($"lunr.tokenizer({System.Text.Json.JsonSerializer.Serialize(Text)}).map(String)");

        Assert.Equal(expected, LunrTokenizer.Tokenize(Text, "f").Select(t => t.Text));
    }

    // The counter trusts this to pick its fast two-character split: it must see every separator but ' ' and '-', and nothing else.
    [Fact]
    public void HasRareSeparatorIsTrueExactlyForTheSeparatorsButTheSpaceAndTheHyphen()
    {
        string text = new('қ', 40);
        for (int c = 0; c <= char.MaxValue; c++)
        {
            bool rare = LunrTokenizer.IsSeparator((char)c) && c is not ' ' and not '-';
            string withIt = string.Concat(text, ((char)c).ToString(), text);
            Assert.True(rare == LunrTokenizer.HasRareSeparator(withIt), $"U+{c:X4}");
        }

        Assert.False(LunrTokenizer.HasRareSeparator("кибер-қылмыс пен алаяқтық"));
    }

    [Fact]
    public void ReturnsNothingForEmptyText()
    {
        Assert.Empty(LunrTokenizer.Tokenize(null, "f"));
        Assert.Empty(LunrTokenizer.Tokenize(" - ", "f"));
    }
}
