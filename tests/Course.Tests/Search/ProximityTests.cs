using Course.Web.Search;

namespace Course.Tests.Search;

/// <summary>
/// search-query.js's proximity bonus (issue 16.5): of two sections lunr scores alike, the one where the query's
/// words stand together, in the query's order, comes first; lunr's own scores are otherwise kept.
/// </summary>
public sealed class ProximityTests
{
    // Same words, same lengths, same headings' lengths: lunr scores "банк карта" alike in both.
    private static readonly SearchDocument[] Documents =
    [
        new("0", "a/", "Бірінші", "Бірінші", "Тарау", "банк жүйесі және карта туралы мәтін"),
        new("1", "b/", "Екінші", "Екінші", "Тарау", "жүйесі банк карта туралы мәтін және"),
        new("2", "c/", "Үшінші", "Үшінші", "Тарау", "банк және карта жүйесі туралы мәтін"),
    ];

    private static readonly Lazy<SearchClientFixture> Fixture = new(() => new SearchClientFixture(Documents));

    private static SearchClientFixture Client => Fixture.Value;

    [Fact]
    public void LunrAloneScoresTheSectionsAlike()
    {
        double[] scores = Client.Js.Evaluate<double[]>(
            "searcher.index.query(function (q) { searcher.buildQuery('банк карта ').forEach(function (c) { q.clause(Object.assign({}, c)); }); }).map(function (h) { return h.score; })");

        Assert.Equal(3, scores.Length);
        Assert.All(scores, s => Assert.Equal(scores[0], s, 9));
    }

    [Theory]
    [InlineData("банк карта ")]
    [InlineData("банк кар")] // the last word still being typed
    [InlineData("банктар карталар ")] // inflected: the stems stand together
    public void AdjacentWordsScoreABonus(string query)
    {
        SearchClientFixture.ClientItem[] items = Client.Search(query).items;
        SearchClientFixture.ClientItem apart = items.Single(i => i.@ref == "0");

        // "банк карта" and "банк және карта" (a stop word between) stand together; "банк жүйесі және карта" not
        Assert.Equal("0", items[^1].@ref);
        Assert.Equal(apart.score * 1.3, items.Single(i => i.@ref == "1").score, 9);
        Assert.Equal(apart.score * 1.3, items.Single(i => i.@ref == "2").score, 9);
    }

    [Fact]
    public void WordsInTheOtherOrderGetNoBonus()
    {
        double[] scores = [.. Client.Search("карта банк ").items.Select(i => i.score)];

        Assert.All(scores, s => Assert.Equal(scores[0], s, 9));
    }
}
