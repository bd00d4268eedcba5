using Course.Web.Search;

namespace Course.Tests.Search;

/// <summary>The query logic of theme/assets/js/search-query.js (no DOM), run in Jint on a generated index.</summary>
public sealed class SearchClientTests
{
    private static readonly string[] DocumentRefs = ["0", "1", "2"];

    private static readonly Lazy<SearchClientFixture> Fixture = new(() => new SearchClientFixture());

    private static SearchClientFixture Client => Fixture.Value;

    [Fact]
    public void FindsInflectedFormsThroughTheStemmer()
    {
        SearchClientFixture.ClientResult result = Client.Search("қылмыскерлердің ");

        Assert.Contains(result.items, i => i.@ref == "2");
        Assert.All(result.items, i => Assert.Contains(i.@ref, DocumentRefs));
    }

    [Theory]
    [InlineData("кылмыскер ", "2")]
    [InlineData("жабирленуши ", "3")]
    [InlineData("алаяктар ", "2")]
    public void FindsWordsTypedWithoutKazakhLetters(string query, string expectedRef)
    {
        SearchClientFixture.ClientResult result = Client.Search(query);

        Assert.Contains(result.items, i => i.@ref == expectedRef);
    }

    [Fact]
    public void RanksExactFormsAboveFoldedOnes()
    {
        SearchClientFixture.ClientResult result = Client.Search("қор ");

        Assert.Equal(["4", "5"], result.items.Select(i => i.@ref));
        Assert.True(result.items[0].score > result.items[1].score * 2);
    }

    [Fact]
    public void CompletesTheWordBeingTypedButNotAFinishedOne()
    {
        Assert.Contains(Client.Search("алая").items, i => i.@ref == "3");
        Assert.Empty(Client.Search("алая ").items);
        Assert.Contains(Client.Search("алаяк").items, i => i.@ref == "3");
    }

    [Fact]
    public void BuildsClausesWithoutThePipelineAndWithTieredBoosts()
    {
        SearchClientFixture.ClientClause[] clauses = Client.BuildQuery("және қылмыскердің жәбірлен");

        Assert.DoesNotContain(clauses, c => c.term.StartsWith("және", StringComparison.Ordinal));
        Assert.All(clauses, c => Assert.False(c.usePipeline));
        Assert.All(clauses, c => Assert.Equal([SearchFields.Heading, SearchFields.Body], c.fields));
        Assert.Contains(clauses, c => c is { term: "қылмыскер", boost: 10, wildcard: null });
        Assert.Contains(clauses, c => c is { term: "жәбірлен", boost: 1, wildcard: 2 });
    }

    [Fact]
    public void CompletesAStopWordOnlyWhileItIsBeingTyped()
    {
        Assert.Contains(Client.BuildQuery("мен"), c => c is { term: "мен", wildcard: 2 });
        Assert.Empty(Client.BuildQuery("мен "));
    }

    [Fact]
    public void FallsBackToTheLongestIndexedPrefixOfAnUnknownForm()
    {
        SearchClientFixture.ClientClause[] clauses = Client.BuildQuery("портретіміздегі ");

        Assert.Contains(clauses, c => c is { term: "портрет", boost: 2 });
    }

    [Fact]
    public void DescribesResultsFromTheStore()
    {
        SearchClientFixture.ClientItem item = Client.Search("жасы ").items.First(i => i.@ref == "2");

        Assert.Equal("offender/portrait/#жасы", item.url);
        Assert.Equal("Қылмыскердің жасы", item.heading);
        Assert.Equal("Қылмыскердің портреті", item.title);
        Assert.Equal("Қылмыскер тұлғасы", item.chapter);
    }

    [Fact]
    public void ComputesAnAnchorTheStoreLeftOutFromTheHeading()
    {
        Assert.Contains("\"6\":[3,1,", System.Text.Encoding.UTF8.GetString(Client.Output.Script), StringComparison.Ordinal);

        SearchClientFixture.ClientItem item = Client.Search("банктер ").items.First(i => i.@ref == "6");

        Assert.Equal("economy/#нарық-пен-банктер", item.url);
    }

    [Fact]
    public void HighlightsInflectedAndFoldedFormsInTheSnippet()
    {
        Assert.Equal(
            "[Қылмыскерлердің] көпшілігі жас адамдар. Жоғары білімі бар хакерлер мен алаяқтар жиі кездеседі.",
            Client.Search("қылмыскер ").items.First(i => i.@ref == "2").Marked);
        Assert.Equal(
            "[Жәбірленушілер] алаяқтардың құрбаны болады. [Жәбірленуші] өзін қорғай алмайды.",
            Client.Search("жабирленуши").items.Single().Marked);
    }

    [Fact]
    public void CutsLongSnippetsAroundTheFirstMatch()
    {
        string text = string.Join(' ', Enumerable.Range(1, 60).Select(i => i == 40 ? "қылмыс" : "сөз" + i));

        string marked = Client.Js.Evaluate<SearchClientFixture.ClientSegment[]>(
                $"CourseSearch.snippet({System.Text.Json.JsonSerializer.Serialize(text)}, function (w) {{ return w === 'қылмыс'; }}, 10)")
            .Aggregate("", (s, p) => s + (p.mark ? $"[{p.text}]" : p.text));

        Assert.Equal("… сөз32 сөз33 сөз34 сөз35 сөз36 сөз37 сөз38 сөз39 [қылмыс] сөз41 …", marked);
    }

    [Theory]
    [InlineData("../../", "offender/portrait/#жасы", false, "../../kk/offender/portrait/#жасы")]
    [InlineData("../../", "offender/portrait/#жасы", true, "../../kk/offender/portrait/index.html#жасы")]
    [InlineData("", "", true, "kk/index.html")]
    [InlineData("/base/", "glossary/", false, "/base/kk/glossary/")]
    public void LinksResultsRelativeToThePage(string baseHref, string url, bool indexHtml, string expected)
    {
        string href = Client.Js.Evaluate($"CourseSearch.resultHref('{baseHref}', 'kk', '{url}', {(indexHtml ? "true" : "false")})");

        Assert.Equal(expected, href);
    }

    [Fact]
    public void IgnoresEmptyAndPunctuationOnlyQueries()
    {
        Assert.Equal(0, Client.Search("").total);
        Assert.Equal(0, Client.Search(" — «» ").total);
    }
}
