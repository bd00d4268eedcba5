using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

/// <summary>Examples of the Snowball Russian algorithm as lunr.ru.js runs it; RussianTwinTests compares whole word lists.</summary>
public sealed class RussianStemmerTests
{
    [Theory]
    [InlineData("преступление", "преступлен")]
    [InlineData("преступности", "преступн")] // -ость in R2
    [InlineData("компьютерный", "компьютерн")]
    [InlineData("информации", "информац")]
    [InlineData("ответственность", "ответствен")] // -ость, then нн → н
    [InlineData("красивейшая", "красив")] // superlative
    [InlineData("бегавшая", "бега")] // participle after а, which stays
    [InlineData("сделавшись", "сдела")] // perfective gerund after а
    [InlineData("потерпевшего", "потерпевш")]
    public void StemsLikeSnowball(string word, string stem) => Assert.Equal(stem, RussianStemmer.Instance.Stem(word));

    [Theory]
    [InlineData("ёлка")] // ё is not a vowel in lunr.ru.js, so RV is empty
    [InlineData("ddos")]
    [InlineData("")]
    [InlineData("в")]
    public void LeavesWordsWithoutRvAlone(string word) => Assert.Same(word, RussianStemmer.Instance.Stem(word));

    [Fact]
    public void KnowsLunrRuStopWords()
    {
        Assert.True(RussianStopWords.Contains("и"));
        Assert.True(RussianStopWords.Contains("которые"));
        Assert.True(RussianStopWords.Contains("ещё"));
        Assert.False(RussianStopWords.Contains("а")); // lunr.ru.js lists it as "\uFEFFа"
        Assert.False(RussianStopWords.Contains("закон"));
    }
}
