using System.Text.RegularExpressions;
using Course.Tests.Support;
using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

/// <summary>PorterStemmer must stem every word exactly as lunr.js's own English stemmer (lunr.stemmer) does.</summary>
public sealed partial class PorterTwinTests(ITestOutputHelper output)
{
    private static readonly string[] Suffixes =
    [
        "", "s", "es", "ies", "sses", "ed", "ing", "eed", "y", "ly", "ational", "tional", "enci", "anci", "izer", "bli", "alli",
        "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti", "biliti",
        "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able", "ible", "ant",
        "ement", "ment", "ent", "sion", "tion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "ated", "izing", "bled",
    ];

    private static readonly string[] Stems =
    [
        "crim", "victim", "offend", "hop", "hopp", "fil", "fall", "y", "yell", "sky", "cr", "agre", "condit", "relat", "generaliz",
        "digit", "secur", "fraud", "hack", "phish", "adopt", "control", "troubl", "rat", "sing", "oper", "sens", "formal", "feas",
    ];

    [Fact]
    public void LunrStemmerAndCSharpAgreeOnEveryWord()
    {
        IReadOnlyList<string> words = [.. EnglishWords().Concat(Stems.SelectMany(s => Suffixes.Select(x => s + x))).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        IReadOnlyList<string> expected = JavaScriptStemmers.WithLunr().MapAll("function (w) { return lunr.stemmer(new lunr.Token(w)).toString(); }", words);

        string[] differences =
        [
            .. words.Select((word, i) => (word, js: expected[i], cs: PorterStemmer.Instance.Stem(word)))
                .Where(x => x.js != x.cs)
                .Select(x => $"{x.word}: lunr.js {x.js}, c# {x.cs}"),
        ];

        output.WriteLine($"{words.Count} distinct words, {differences.Length} differ.");
        Assert.True(words.Count > 3000, $"only {words.Count} words");
        Assert.True(differences.Length == 0, string.Join('\n', differences.Take(50)));
    }

    [Fact]
    public void StopWordsAreLunrsList()
    {
        JavaScriptStemmers js = JavaScriptStemmers.WithLunr();
        string[] kept = ["crime", "victim", "The", "thee"];

        IReadOnlyList<string> filtered = js.MapAll("function (w) { var t = lunr.stopWordFilter(new lunr.Token(w)); return t ? t.toString() : undefined; }", [.. EnglishStopWords.Words, .. kept]);

        Assert.Equal(119, EnglishStopWords.Words.Count);
        Assert.All(filtered.Take(EnglishStopWords.Words.Count), word => Assert.Equal("undefined", word));
        Assert.Equal(kept, filtered.Skip(EnglishStopWords.Words.Count));
    }

    // Real English: the repository's own documentation and lunr.js's comments.
    private static IEnumerable<string> EnglishWords() =>
        Directory.EnumerateFiles(Repo.File("docs"), "*.md")
            .Append(Repo.File("README.md"))
            .Append(Repo.NodeModule("lunr", "lunr.js"))
            .SelectMany(file => Word().Matches(File.ReadAllText(file).ToLowerInvariant()).Select(m => m.Value));

    [GeneratedRegex("[a-z]+")]
    private static partial Regex Word();
}
