using Course.Tests.Support;
using Course.Web.Search.Stemming;

namespace Course.Tests.Stemming;

/// <summary>
/// Stemmer precision on kazakh-must-not-merge.tsv (issue 16.6): pairs of unrelated words that look like
/// one word and its inflection; the share the stemmer keeps apart.
/// </summary>
public sealed class KazakhMustNotMergeTests(ITestOutputHelper output)
{
    private static IReadOnlyList<(string First, string Second)> Pairs() =>
    [
        .. File.ReadLines(Repo.File("tests", "Course.Tests", "Stemming", "kazakh-must-not-merge.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1])),
    ];

    [Fact]
    public void AtLeastNinetySevenPercentOfThePairsStayApart()
    {
        IReadOnlyList<(string First, string Second)> pairs = Pairs();
        string[] merged =
        [
            .. pairs.Where(p => KazakhStemmer.Instance.Stem(p.First) == KazakhStemmer.Instance.Stem(p.Second))
                .Select(p => $"{p.First}~{p.Second} → {KazakhStemmer.Instance.Stem(p.First)}"),
        ];

        double precision = 1 - ((double)merged.Length / pairs.Count);
        output.WriteLine($"{pairs.Count} pairs, {merged.Length} merged, precision {precision:F3}\n{string.Join('\n', merged)}");
        Assert.True(pairs.Count >= 100, $"only {pairs.Count} pairs");
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
        Assert.True(precision >= 0.97, $"precision {precision:F3}");
    }

    [Theory]
    [InlineData("жақ", "жақын")]
    [InlineData("бар", "барлық")]
    [InlineData("жел", "желі")]
    [InlineData("мәселе", "мәселен")]
    [InlineData("тұрғы", "тұрғын")]
    [InlineData("жол", "жолдас")]
    [InlineData("ақ", "ақын")]
    [InlineData("аға", "ағашы")]
    public void TheIssuesPairsAreListedAndKeptApart(string first, string second)
    {
        Assert.Contains((first, second), Pairs());
        Assert.NotEqual(KazakhStemmer.Instance.Stem(first), KazakhStemmer.Instance.Stem(second));
    }

    [Theory]
    [InlineData("ағашы", "ағаш")] // -ы, not -шы: the whole stem wins
    [InlineData("ағаштардың", "ағаш")]
    [InlineData("желілерді", "желі")]
    [InlineData("желісінде", "желі")]
    [InlineData("барлығы", "барлық")]
    [InlineData("жақыннан", "жақын")]
    [InlineData("тұрғындар", "тұрғын")]
    [InlineData("тұрғыдан", "тұрғы")]
    [InlineData("қайшылық", "қайшы")] // -лық comes off, and the whole stem keeps its ы
    public void InflectedFormsOfAWholeStemReachIt(string word, string stem) =>
        Assert.Equal(stem, KazakhStemmer.Instance.Stem(word));
}
