using Course.Web.Glossary.Collation;
using Course.Web.Languages;
using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

public sealed class CourseLanguagesTests
{
    [Fact]
    public void GivesEachLanguageItsStemmer()
    {
        // the descriptors keep no cache (#18.3): a build's StemmerCache remembers stems, and stems exactly like the algorithms
        Assert.Same(KazakhStemmer.Instance, Kazakh.Instance.Stemmer);
        IStemmer cached = new Course.Web.Caching.StemmerCache().For(Kazakh.Instance);
        Assert.IsType<CachingStemmer>(cached);
        Assert.Equal(KazakhStemmer.Instance.Stem("қылмыскерлерге"), cached.Stem("қылмыскерлерге"));
        Assert.Equal(KazakhStemmer.Instance.Stem("қылмыскерлерге"), CourseLanguages.Get("kk").Stemmer.Stem("қылмыскерлерге"));
        Assert.Equal(RussianStemmer.Instance.Stem("преступлениями"), CourseLanguages.Get("ru").Stemmer.Stem("преступлениями"));
        Assert.Equal("crimin", CourseLanguages.Get("en").Stemmer.Stem("criminal"));
        Assert.Equal(["kk", "ru", "en"], CourseLanguages.Codes);
    }

    [Fact]
    public void RefusesUnknownCodes()
    {
        Assert.False(CourseLanguages.TryGet("de", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => CourseLanguages.Get("KK"));
    }

    [Fact]
    public void NamesTheLunrPipelineFunctions()
    {
        Assert.Equal("stemmer-kk", Kazakh.Instance.StemmerLabel);
        Assert.Equal("stopWordFilter-ru", Russian.Instance.StopWordFilterLabel);
        Assert.Equal("stemmer", English.Instance.StemmerLabel); // lunr's own, built into lunr.js
        Assert.Equal("stopWordFilter", English.Instance.StopWordFilterLabel);
        Assert.Equal(["assets/js/stemmer-kk.js", "assets/js/query-kk.js"], Kazakh.Instance.BrowserScripts.Select(s => s.SitePath));
        Assert.Equal(["assets/vendor/lunr.stemmer.support.js", "assets/vendor/lunr.ru.js", "assets/js/query-ru.js"], Russian.Instance.BrowserScripts.Select(s => s.SitePath));
        Assert.Empty(English.Instance.BrowserScripts);
    }

    [Fact]
    public void KnowsEachLanguagesStopWords()
    {
        Assert.True(Kazakh.Instance.IsStopWord("және"));
        Assert.False(Russian.Instance.IsStopWord("және"));
        Assert.True(Russian.Instance.IsStopWord("которые"));
        Assert.True(English.Instance.IsStopWord("the"));
        Assert.False(Kazakh.Instance.IsStopWord("the"));
    }

    [Fact]
    public void FoldsTheKeyboardOnlyWhereStudentsLackLetters()
    {
        Assert.Equal("кылмыс", Kazakh.Instance.Fold("Қылмыс"));
        Assert.Equal("елка", Russian.Instance.Fold("Ёлка"));
        Assert.Equal("crime ii", English.Instance.Fold("Crime II")); // Latin i stays Latin
    }

    [Theory]
    [InlineData("kk", 8210, "8210")]
    [InlineData("ru", 12500, "12\u00A0500")]
    [InlineData("ru", 60.8, "60,8")]
    [InlineData("en", 8210, "8,210")]
    [InlineData("en", 60.8, "60.8")]
    [InlineData("en", 999, "999")]
    public void WritesNumbersTheLanguagesWay(string lang, double value, string expected) =>
        Assert.Equal(expected, CourseLanguages.Get(lang).Numbers.Format(value));

    [Fact]
    public void SortsByTheLanguagesAlphabet()
    {
        Assert.Same(KazakhCollation.Instance, Kazakh.Instance.Collation);
        Assert.Same(RussianCollation.Instance, Russian.Instance.Collation);
        Assert.Same(AlphabetCollation.CodePoint, English.Instance.Collation);
    }
}
