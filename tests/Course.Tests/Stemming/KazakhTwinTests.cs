using Course.Tests.Browser;
using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

/// <summary>The browser's stemmer-kk.js and the build's KazakhStemmer must give every word the same stem.</summary>
public sealed class KazakhTwinTests(BrowserProcess browser, ITestOutputHelper output)
{
    [Theory]
    [InlineData("seed")]
    [InlineData("input")]
    [InlineData("synthetic")]
    public async Task JavaScriptAndCSharpAgreeOnEveryWord(string source)
    {
        IReadOnlyList<string> words = TwinWords.For(source, SyntheticWords.Kazakh);
        IReadOnlyList<string> expected = await JavaScriptStemmers.MapAllInChromiumAsync(browser, JavaScriptStemmers.KazakhScripts, "CourseStemmers.kk", words);

        string[] differences =
        [
            .. words.Select((word, i) => (word, js: expected[i], cs: KazakhStemmer.Instance.Stem(word)))
                .Where(x => x.js != x.cs)
                .Select(x => $"{x.word}: js {x.js}, c# {x.cs}"),
        ];

        output.WriteLine($"{words.Count} distinct words from {source}, {differences.Length} differ.");
        Assert.True(differences.Length == 0, string.Join('\n', differences.Take(50)));
    }

    [Fact]
    public void StopWordListsAreTheSame()
    {
        string[] js = JavaScriptStemmers.Kazakh().EvaluateList("CourseStemmers.kkStopWords");

        Assert.Equal(KazakhStopWords.Words, js);
    }
}
