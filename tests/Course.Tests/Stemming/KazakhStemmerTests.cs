using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

/// <summary>The rules of the Kazakh stemmer one by one (docs/search-stemmers.md).</summary>
public sealed class KazakhStemmerTests
{
    private static string Stem(string word) => KazakhStemmer.Instance.Stem(word);

    [Theory]
    [InlineData("заңдарымыздағы", "заң")] // plural, possessive, relative case
    [InlineData("қылмыскерлерге", "қылмыскер")]
    [InlineData("жәбірленушілердің", "жәбірлену")] // -ші goes with the layers
    [InlineData("мемлекеттерде", "мемлекет")]
    [InlineData("алаяқтықтың", "алаяқ")] // -тық
    [InlineData("бұзушылықтардың", "бұзу")] // -шылық
    [InlineData("қазіргі", "қазір")] // -гі after a consonant
    [InlineData("компьютеріңіздегі", "компьютер")] // -іңіз
    [InlineData("желілерді", "желі")] // a whole stem: not жел (wind)
    public void StripsLayersRightToLeft(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("заңдар", "заң")]
    [InlineData("кодекстер", "кодекс")]
    [InlineData("заңдер", "заңдер")] // front plural after a back stem: not a suffix
    [InlineData("кодекстар", "кодекстар")]
    [InlineData("қылмыспен", "қылм")] // -пен keeps its е after back stems
    public void SuffixMustAgreeWithTheStemsVowels(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("қатар", "қатар")] // -тар needs a voiceless consonant before it
    [InlineData("орта", "орта")] // -та likewise
    [InlineData("бағдарламаның", "бағдарлама")] // -ның after a vowel
    [InlineData("тұрағы", "тұрақ")] // -ғы after a vowel is a possessive, not derivation
    public void SuffixMustFitTheSoundBeforeIt(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("кітабы", "кітап")]
    [InlineData("жүрегі", "жүрек")]
    [InlineData("құқығының", "құқық")]
    [InlineData("фишинг", "фишинк")] // every stem ends devoiced, so фишинг and фишингі meet
    [InlineData("паролі", "парол")]
    public void RepairsVoicedFinalConsonants(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("халқы", "халық")]
    [InlineData("аузы", "ауыз")]
    [InlineData("қаупі", "қауіп")]
    [InlineData("мүлкін", "мүлік")]
    [InlineData("кәсіпорны", "кәсіпорын")]
    public void RestoresDroppedVowels(string word, string restored) =>
        Assert.Equal(Stem(restored), Stem(word));

    [Theory]
    [InlineData("қылмысы", "қылмыс")] // с belongs to the stem
    [InlineData("бағдарламасы", "бағдарлама")] // с belongs to the suffix
    [InlineData("мазмұны", "мазмұн")]
    [InlineData("заңын", "заң")]
    [InlineData("бағдарламасын", "бағдарламаға")]
    public void LinkingConsonantsMeetEitherReading(string inflected, string other) =>
        Assert.Equal(Stem(other), Stem(inflected));

    [Theory]
    [InlineData("оқиға", "оқиғалар")] // the bare noun loses -ға to the case layer, so every form does
    [InlineData("оқиға", "оқиғасы")]
    [InlineData("кесте", "кестелерді")]
    [InlineData("қазақстан", "қазақстанның")]
    [InlineData("жасалған", "жасалғаны")]
    public void CaseLikeEndingsComeOffEveryStem(string bare, string inflected) =>
        Assert.Equal(Stem(bare), Stem(inflected));

    [Theory]
    [InlineData("жасы", "жас")] // not жа: a stem ending in a vowel needs two vowels
    [InlineData("тасы", "тас")]
    [InlineData("ісі", "іс")]
    [InlineData("іс", "іс")]
    [InlineData("халық", "халық")] // not ха-лық
    [InlineData("салық", "салық")]
    [InlineData("сан", "сан")]
    public void KeepsAMinimumStem(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("пайда", "пайда")]
    [InlineData("пайдасы", "пайда")]
    [InlineData("сауда", "сауда")]
    [InlineData("қорытындысы", "қорытынды")]
    [InlineData("қорытындылар", "қорытынды")]
    public void ProtectedWordsKeepTheirEnding(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("ddos")]
    [InlineData("2020")]
    [InlineData("Заңдар")] // not lowercase
    [InlineData("")]
    public void LeavesOtherWordsAlone(string word) => Assert.Same(word, Stem(word));

    [Theory]
    [InlineData("интернет-банкингтің", "интернет-банкинк")]
    [InlineData("ip-адрестің", "ip-адре")]
    [InlineData("2020-жылғы", "2020-жыл")]
    public void StemsEachPartOfAHyphenatedWord(string word, string stem) => Assert.Equal(stem, Stem(word));

    [Theory]
    [InlineData("және")]
    [InlineData("мен")]
    [InlineData("үшін")]
    [InlineData("олардың")]
    public void KnowsStopWords(string word) => Assert.True(KazakhStopWords.Contains(word));

    [Theory]
    [InlineData("заң")]
    [InlineData("қылмыс")]
    [InlineData("себебі")] // also "its cause"
    public void ContentWordsAreNotStopWords(string word) => Assert.False(KazakhStopWords.Contains(word));

    [Fact]
    public void StopWordsAreLowercaseDistinctAndOrdinallySorted()
    {
        Assert.Equal(KazakhStopWords.Words.Order(StringComparer.Ordinal), KazakhStopWords.Words);
        Assert.Equal(KazakhStopWords.Words.Count, KazakhStopWords.Words.Distinct().Count());
        Assert.All(KazakhStopWords.Words, word => Assert.Equal(word.ToLowerInvariant(), word));
    }
}
