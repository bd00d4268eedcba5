using Course.Web.Languages;
using Course.Web.Search.Lunr;
using Course.Web.Search;

namespace Course.Tests.Search;

/// <summary>Counting each distinct token once gives what lunr's token-by-token pipeline gives.</summary>
public sealed class LunrTermCounterTests
{
    private const string Text = "Компьютерлік қылмыс – Қылмыстың жаңа түрі. КОМПЬЮТЕРЛІК қылмыстар, ақпараттық-телекоммуникациялық желілер\u00A0(2014) " +
        "және «банк» карталары; компьютерлік қылмыс 2014 жылы\u2003артты. және және 1 2 3";

    private static LunrPipeline KazakhPipeline()
    {
        return new LunrPipeline(CourseSearchPipeline.Create(Kazakh.Instance, null));
    }

    [Fact]
    public void CountsWhatTheTokenByTokenPipelineProduces()
    {
        LunrPipeline pipeline = KazakhPipeline();
        IReadOnlyList<LunrToken> expected = pipeline.Run(LunrTokenizer.Tokenize(Text, "body"));

        LunrTermCounts counts = new LunrTermCounter(pipeline, "body").Count(Text);

        Assert.Equal(expected.Count, counts.Length);
        Assert.Equal(expected.Select(t => t.Text).Distinct(), counts.Terms);
        Assert.Equal(counts.Terms.Select(term => expected.Count(t => t.Text == term)), counts.Counts);
        Assert.DoesNotContain(counts.Terms, t => !string.Equals(t, t.ToLowerInvariant(), StringComparison.Ordinal));
    }

    [Fact]
    public void CachedTokensGiveTheSameCountsAgain()
    {
        LunrTermCounter counter = new(KazakhPipeline(), "body");

        LunrTermCounts first = counter.Count(Text);
        LunrTermCounts second = counter.Count(Text);

        Assert.Equal(first.Terms, second.Terms);
        Assert.Equal(first.Counts, second.Counts);
        Assert.Same(LunrTermCounts.Empty, counter.Count(string.Empty));
    }

    [Fact]
    public void CompactingWhileBuildingEqualsCompactingTheBuiltIndex()
    {
        LunrIndexBuilder Builder()
        {
            LunrIndexBuilder builder = new LunrIndexBuilder().WithField("h", 5).WithField("b").WithPipeline(KazakhPipeline().Functions);
            string[] sentences = Text.Split(['.', ';']);
            for (int i = 0; i < sentences.Length; i++)
            {
                builder.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), new Dictionary<string, string?> { ["h"] = sentences[(i + 1) % sentences.Length], ["b"] = sentences[i] });
            }

            return builder;
        }

        Assert.Equal(
            LunrIndexSerializer.Serialize(LunrIndexCompactor.Compact(Builder().Build(), 1)),
            LunrIndexSerializer.Serialize(Builder().Build(1)));
    }

    [Theory]
    [InlineData(20)]
    [InlineData(150)]
    public void AnExcerptNormalizesOnlyTheBeginningButEqualsTheWholeTextsExcerpt(int length)
    {
        string text = string.Concat(Enumerable.Repeat("Қылмыс\u00AD  жаңа\u200B түрі,\n ", 40)) + "й";

        Assert.Equal(SearchText.Truncate(SearchText.Normalize(text), length), SearchText.Excerpt(text, length));
    }
}
