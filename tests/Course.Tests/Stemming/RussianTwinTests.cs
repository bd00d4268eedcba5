using System.Text.RegularExpressions;
using Course.Tests.Browser;
using Course.Tests.Support;
using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

/// <summary>RussianStemmer must stem every word exactly as lunr-languages' lunr.ru.js does in the browser.</summary>
public sealed partial class RussianTwinTests(BrowserProcess browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData("seed")]
    [InlineData("input")]
    [InlineData("synthetic")]
    public async Task LunrRuAndCSharpAgreeOnEveryWord(string source)
    {
        IReadOnlyList<string> words = TwinWords.For(source, SyntheticWords.Russian);
        IReadOnlyList<string> expected = await JavaScriptStemmers.MapAllInChromiumAsync(browser, JavaScriptStemmers.LunrScripts, "lunr.ru.stemmer", words);

        string[] differences =
        [
            .. words.Select((word, i) => (word, js: expected[i], cs: RussianStemmer.Instance.Stem(word)))
                .Where(x => x.js != x.cs)
                .Select(x => $"{x.word}: lunr.ru.js {x.js}, c# {x.cs}"),
        ];

        output.WriteLine($"{words.Count} distinct words from {source}, {differences.Length} differ.");
        Assert.True(differences.Length == 0, string.Join('\n', differences.Take(50)));
    }

    [Fact]
    public void StopWordsAreLunrRuList()
    {
        string source = File.ReadAllText(Repo.NodeModule("lunr-languages", "lunr.ru.js"));
        string[] lunrWords = StopWordLiteral().Match(source).Groups[1].Value.Split(' ');

        Assert.Equal(lunrWords, RussianStopWords.Words);
    }

    [Fact]
    public void LunrRuFilterDropsExactlyTheseWords()
    {
        JavaScriptStemmers js = JavaScriptStemmers.WithLunr();
        string[] kept = ["а", "закон", "преступление", "И"];

        IReadOnlyList<string> filtered = js.MapAll("lunr.ru.stopWordFilter", [.. RussianStopWords.Words, .. kept]);

        Assert.All(filtered.Take(RussianStopWords.Words.Count), word => Assert.Equal("undefined", word));
        Assert.Equal(kept, filtered.Skip(RussianStopWords.Words.Count));
        Assert.All(kept, word => Assert.False(RussianStopWords.Contains(word)));
    }

    [GeneratedRegex(@"generateStopWordFilter\('([^']*)'\.split")]
    private static partial Regex StopWordLiteral();
}
