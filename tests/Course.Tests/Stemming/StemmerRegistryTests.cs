using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

public sealed class StemmerRegistryTests
{
    [Fact]
    public void GivesEachCourseLanguageItsStemmer()
    {
        Assert.IsType<KazakhStemmer>(StemmerRegistry.For("kk"));
        Assert.IsType<RussianStemmer>(StemmerRegistry.For("ru"));
        Assert.Equal(["kk", "ru"], StemmerRegistry.Languages);
    }

    [Fact]
    public void RefusesOtherLanguages()
    {
        Assert.False(StemmerRegistry.TryFor("en", out _));
        Assert.Throws<ArgumentOutOfRangeException>(() => StemmerRegistry.For("KK"));
        Assert.Throws<ArgumentOutOfRangeException>(() => StemmerRegistry.StemmerLabel("en"));
        Assert.False(StemmerRegistry.IsStopWord("en", "the"));
    }

    [Fact]
    public void NamesTheLunrPipelineFunctions()
    {
        Assert.Equal("stemmer-kk", StemmerRegistry.StemmerLabel("kk"));
        Assert.Equal("stemmer-ru", StemmerRegistry.StemmerLabel("ru"));
        Assert.Equal("stopWordFilter-kk", StemmerRegistry.StopWordFilterLabel("kk"));
        Assert.Equal("stopWordFilter-ru", StemmerRegistry.StopWordFilterLabel("ru"));
    }

    [Fact]
    public void KnowsEachLanguagesStopWords()
    {
        Assert.True(StemmerRegistry.IsStopWord("kk", "және"));
        Assert.False(StemmerRegistry.IsStopWord("ru", "және"));
        Assert.True(StemmerRegistry.IsStopWord("ru", "которые"));
    }
}
