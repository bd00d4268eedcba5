using System.Text;
using Course.Web.Search;
using Course.Web.Search.Lunr;
using Course.Web.Text;

namespace Course.Tests.Search;

public sealed class SearchIndexGeneratorTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("0", "offender/portrait/", "Қылмыскердің портреті", "Қылмыскердің портреті", "Қылмыскер", "Портрет туралы."),
        new("1", "offender/portrait/#жасы", "Қылмыскердің портреті", "Қылмыскердің жасы", "Қылмыскер", "Жас\u00ADтар  мен\n ересектер."),
        new("2", "victimology/", "Виктимология", "", "Виктимология", "Жәбірленуші және құрбан."),
    ];

    private static SearchIndexGenerator Generator() => new("kk", new ToyStemmer(), ["және", "МЕН"]);

    [Fact]
    public void IndexesHeadingAndBodyWithTheStemmerLabel()
    {
        LunrIndex index = Generator().BuildIndex(Documents);

        Assert.Equal([SearchFields.Heading, SearchFields.Body], index.Fields);
        Assert.Equal(["stemmer-kk"], index.Pipeline);
        Assert.Equal(3 * 2, index.FieldVectors.Count);
    }

    [Fact]
    public void HeadsAPagesFirstSectionWithThePageTitle()
    {
        LunrIndex index = Generator().BuildIndex(Documents);

        Assert.Equal([["0", "1"], []], index.InvertedIndex.Single(p => p.Term == "қылмыскер").RefsByField);
        Assert.Equal([["2"], []], index.InvertedIndex.Single(p => p.Term == "виктимология").RefsByField);
    }

    [Fact]
    public void IndexesKeywordsWithTheHeadingAndWeighsDocumentsByTheirBoost()
    {
        SearchDocument[] documents =
        [
            new("0", "glossary/#a", "Сөздік", "Алаяқ", "Сөздік", "") { Keywords = "Фишер", Boost = 0.5, Excerpt = "Алдаушы адам." },
            new("1", "fraud/#a", "Алаяқтық", "Алаяқ", "Алаяқтық", ""),
        ];

        LunrIndex index = Generator().WithScoreDigits(0).BuildIndex(documents);

        Assert.Equal([["0"], []], index.InvertedIndex.Single(p => p.Term == "фишер").RefsByField);
        Assert.All(index.InvertedIndex, p => Assert.Empty(p.RefsByField[1]));
        double Score(string fieldRef) => index.FieldVectors.Single(v => v.FieldRef == fieldRef).Elements.Single(e => e.TermIndex == index.InvertedIndex.Single(p => p.Term == "алаяқ").TermIndex).Score;
        Assert.True(Score("h/0") < Score("h/1"), "the boost and the longer heading put the glossary entry second");
        Assert.Equal("Алдаушы адам.", Generator().Generate(documents).Store.Entries[0].Text);
    }

    [Fact]
    public void LeavesNumbersOutOfTheBodyButNotOutOfHeadings()
    {
        SearchDocument[] documents = [new("0", "a/#x", "A", "Кодекс 1996", "A", "2019 жылы 13,9 пайыз, 205–213 баптар")];

        string[] terms = Generator().BuildIndex(documents).InvertedIndex.Select(p => p.Term).ToArray();

        Assert.Contains("1996", terms);
        Assert.DoesNotContain("2019", terms);
        Assert.DoesNotContain("13,9", terms);
        Assert.DoesNotContain("205–213", terms);
        Assert.Contains("пайыз", terms);
    }

    [Fact]
    public void CompactsScoresToOneSignificantDigitByDefault()
    {
        LunrIndex exact = Generator().WithScoreDigits(0).BuildIndex(Documents);
        LunrIndex compact = Generator().BuildIndex(Documents);

        Assert.Equal(exact.InvertedIndex.Select(p => p.Term), compact.InvertedIndex.Select(p => p.Term));
        Assert.All(compact.FieldVectors.SelectMany(v => v.Elements), e => Assert.Equal(LunrIndexCompactor.Round(e.Score, 1), e.Score));
        Assert.Contains(exact.FieldVectors.SelectMany(v => v.Elements), e => LunrIndexCompactor.Round(e.Score, 1) != e.Score);
    }

    [Fact]
    public void RemovesStopWordsAndInvisibleCharactersBeforeIndexing()
    {
        string[] terms = Generator().BuildIndex(Documents).InvertedIndex.Select(p => p.Term).ToArray();

        Assert.Contains("жас", terms);
        Assert.DoesNotContain("мен", terms);
        Assert.DoesNotContain("және", terms);
    }

    [Fact]
    public void StoresPagesOnceAndSectionsWithAnchorsHeadingsAndText()
    {
        SearchStore store = Generator().Generate(Documents).Store;

        Assert.Equal(
            [new SearchStorePage("offender/portrait/", "Қылмыскердің портреті", "Қылмыскер"), new SearchStorePage("victimology/", "Виктимология", "Виктимология")],
            store.Pages);
        Assert.Equal(new SearchStoreEntry("0", 0, "", "", "Портрет туралы."), store.Entries[0]);
        Assert.Equal(new SearchStoreEntry("1", 0, "жасы", "Қылмыскердің жасы", "Жастар мен ересектер."), store.Entries[1]);
    }

    [Fact]
    public void TruncatesSnippetTextAtAWordBoundary()
    {
        SearchStore store = Generator().WithSnippetLength(12).Generate(Documents).Store;

        Assert.Equal("Жастар мен…", store.Entries[1].Text);
    }

    [Fact]
    public void WritesAScriptThatRegistersTheIndexAndStore()
    {
        SearchIndexOutput output = Generator().Generate(Documents);
        string script = Encoding.UTF8.GetString(output.Script);

        Assert.Equal("search/kk/index.js", output.Path);
        Assert.StartsWith("window.CourseSearchData.register(\"kk\",{\"version\":\"2.3.9\",", script, StringComparison.Ordinal);
        Assert.Contains("},{\"pages\":[[\"offender/portrait/\",\"Қылмыскердің портреті\",\"Қылмыскер\"]", script, StringComparison.Ordinal);
        Assert.EndsWith("\"2\":[1,\"\",\"\",\"Жәбірленуші және құрбан.\"]}});\n", script, StringComparison.Ordinal);
        Assert.Contains(LunrIndexSerializer.Serialize(output.Index), script, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesAnAnchorThatFollowsFromItsHeadingAsOne()
    {
        SearchDocument[] documents =
        [
            new("0", "a/#қылмыскердің-жасы", "A", "Қылмыскердің жасы", "A", "Мәтін."),
            new("1", "a/#age", "A", "Қылмыскердің жасы", "A", "Мәтін."),
        ];

        string script = Encoding.UTF8.GetString(Generator().Generate(documents).Script);

        Assert.Contains("\"0\":[0,1,\"Қылмыскердің жасы\"", script, StringComparison.Ordinal);
        Assert.Contains("\"1\":[0,\"age\",\"Қылмыскердің жасы\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportsRawAndGzipSizes()
    {
        SearchIndexSize size = Generator().Generate(Documents).Size;

        Assert.True(size.GzipBytes > 0 && size.GzipBytes < size.RawBytes);
        Assert.True(size.IndexRawBytes + size.StoreRawBytes < size.RawBytes);
        Assert.Equal(3, size.Documents);
        Assert.Matches(@"^\d+\.\d KB raw, \d+\.\d KB gzip \(index \d+\.\d KB, store \d+\.\d KB; 3 sections, \d+ terms\)$", size.ToString());
    }

    [Fact]
    public void IsByteIdenticalAcrossRunsAndCultures()
    {
        byte[] first = Generator().Generate(Documents).Script;
        System.Globalization.CultureInfo previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(first, Generator().Generate(Documents).Script);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void AddsAFoldedFieldOnlyWhenAskedWithTheStemsFoldingChanges()
    {
        LunrIndex index = Generator().WithFoldedField(KeyboardFolding.Fold).BuildIndex(Documents);

        Assert.Equal([SearchFields.Heading, SearchFields.Body, SearchFields.Folded], index.Fields);
        Assert.Contains(index.InvertedIndex, p => p.Term == "жабирленуш" && p.RefsByField[2].SequenceEqual(["2"]));
        Assert.DoesNotContain(index.InvertedIndex, p => p.Term == "портрет" && p.RefsByField[2].Count > 0);
    }

    [Theory]
    [InlineData("KK")]
    [InlineData("kk/x")]
    [InlineData("")]
    public void RejectsLanguageCodesThatCannotBePaths(string language)
    {
        Assert.Throws<ArgumentException>(() => new SearchIndexGenerator(language, new ToyStemmer(), []));
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(35, "z")]
    [InlineData(36, "10")]
    [InlineData(1295, "zz")]
    public void MakesShortBase36Refs(int ordinal, string expected)
    {
        Assert.Equal(expected, SearchRefs.FromOrdinal(ordinal));
    }
}
