using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

public sealed class UnicodeTrimmerTests
{
    [Theory]
    [InlineData("«қылмыс»,", "қылмыс")]
    [InlineData("(2020)", "2020")]
    [InlineData("заң.", "заң")]
    [InlineData("e-mail:", "e-mail")]
    [InlineData("о'кей", "о'кей")]
    [InlineData("…", "")]
    [InlineData("й", "й")]
    [InlineData("\U0001F600сөз\U0001F600", "сөз")]
    [InlineData("\U0001D400!", "\U0001D400")]
    public void StripsNonWordCharactersFromBothEnds(string word, string expected)
    {
        Assert.Equal(expected, UnicodeTrimmer.Trim(word));
    }

    [Fact]
    public void AgreesWithItsJavaScriptTwin()
    {
        string[] words = ["«қылмыс»,", "—ТМД", "№5", "½", "'quoted'", "ii\u0301", "\U0001F600x", "x\uD800", "…"];
        LunrJs js = new();

        string[] expected = js.Evaluate<string[]>(System.Text.Json.JsonSerializer.Serialize(words)
            + ".map(function (s) { return s.replace(/^[^\\p{L}\\p{M}\\p{N}]+/u, '').replace(/[^\\p{L}\\p{M}\\p{N}]+$/u, ''); })");

        Assert.Equal(expected, words.Select(UnicodeTrimmer.Trim));
    }

    [Fact]
    public void DropsTokensThatTrimToNothing()
    {
        LunrToken token = new("—", "body", 0, 1, 0);

        Assert.Null(UnicodeTrimmer.Function.Apply(token, 0, [token]));
    }
}
