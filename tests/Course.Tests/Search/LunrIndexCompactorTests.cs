using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

/// <summary>The compacted index stays a lunr 2.3.9 index: lunr.js loads it and ranks like the exact one.</summary>
public sealed class LunrIndexCompactorTests
{
    private static readonly (string Ref, string Title, string Body)[] Documents =
    [
        ("a", "Қылмыс", "қылмыс қылмыс желі ақпарат"),
        ("b", "Желі", "желі желі желі қылмыс"),
        ("c", "Ақпарат", "ақпарат қауіпсіздік ақпарат желі қылмыс банк карта"),
        ("d", "Банк", "банк карта алаяқ алаяқ"),
    ];

    private static LunrIndex Exact()
    {
        LunrIndexBuilder builder = new LunrIndexBuilder().WithField("h", 5).WithField("b")
            .WithPipeline(UnicodeTrimmer.Function);
        foreach ((string id, string title, string body) in Documents)
        {
            builder.Add(id, new Dictionary<string, string?> { ["h"] = title, ["b"] = body });
        }

        return builder.Build();
    }

    [Theory]
    [InlineData(3.149, 1, 3)]
    [InlineData(3.149, 2, 3.1)]
    [InlineData(0.0456, 1, 0.05)]
    [InlineData(0.29, 1, 0.3)]
    [InlineData(27.3, 1, 30)]
    [InlineData(96, 1, 100)]
    [InlineData(0.001, 1, 0.001)]
    public void RoundsToSignificantDigits(double score, int digits, double expected)
    {
        Assert.Equal(expected, LunrIndexCompactor.Round(score, digits));
    }

    [Fact]
    public void WritesRoundedScoresWithoutBinaryNoise()
    {
        Assert.Equal("0.3", JsNumber.Format(LunrIndexCompactor.Round(0.29, 1)));
        Assert.Equal("0.07", JsNumber.Format(LunrIndexCompactor.Round(0.0703, 1)));
        Assert.Equal("2.3", JsNumber.Format(LunrIndexCompactor.Round(2.349, 2)));
    }

    [Fact]
    public void NumbersTheMostUsedTermsFirstAndKeepsPostingsAndVectorsConsistent()
    {
        LunrIndex exact = Exact();
        LunrIndex compact = LunrIndexCompactor.Compact(exact, 1);

        Assert.Equal(exact.InvertedIndex.Select(p => (p.Term, p.RefsByField.Count)), compact.InvertedIndex.Select(p => (p.Term, p.RefsByField.Count)));
        Assert.Equal(0, compact.InvertedIndex.Single(p => p.Term == "желі").TermIndex);
        Assert.Equal(Enumerable.Range(0, exact.InvertedIndex.Count), compact.InvertedIndex.Select(p => p.TermIndex).Order());
        foreach (LunrFieldVector vector in compact.FieldVectors)
        {
            Assert.Equal(vector.Elements.OrderBy(e => e.TermIndex), vector.Elements);
            Assert.All(vector.Elements, e => Assert.Contains(vector.DocumentRef, compact.InvertedIndex.Single(p => p.TermIndex == e.TermIndex).RefsByField[compact.Fields.ToList().IndexOf(vector.FieldName)]));
        }
    }

    [Theory]
    [InlineData("желі")]
    [InlineData("қылмыс")]
    [InlineData("банк карта")]
    [InlineData("ақпарат желі")]
    [InlineData("алаяқ")]
    public void LunrJsLoadsTheCompactIndexAndRanksLikeTheExactOne(string query)
    {
        LunrJs js = new();
        js.SetJson("exactJson", LunrIndexSerializer.Serialize(Exact()));
        js.SetJson("compactJson", LunrIndexSerializer.Serialize(LunrIndexCompactor.Compact(Exact(), 1)));
        js.Execute("var exact = lunr.Index.load(exactJson), compact = lunr.Index.load(compactJson);");

        IReadOnlyList<LunrHit> expected = js.Search("exact", query);
        IReadOnlyList<LunrHit> actual = js.Search("compact", query);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => (h.Ref, string.Join(",", h.Terms))), actual.Select(h => (h.Ref, string.Join(",", h.Terms))));
        Assert.All(actual.Zip(expected), pair => Assert.InRange(pair.First.Score, pair.Second.Score * 0.6, pair.Second.Score * 1.5));
    }
}
