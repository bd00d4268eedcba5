using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

public sealed class LunrIndexBuilderTests
{
    private static LunrIndex BuildTwoDocuments(double fieldBoost = 1, double secondDocumentBoost = 1) =>
        new LunrIndexBuilder()
            .WithField("body", fieldBoost)
            .Add("1", Body("a b a"))
            .Add("2", Body("b c"), secondDocumentBoost)
            .Build();

    [Fact]
    public void ScoresWithBm25AndLunrsIdfRoundedToThousandths()
    {
        // N = 2, average length 2.5. idf(a) = idf(c) = ln(1 + (2-1+.5)/(1+.5)) = ln 2; idf(b) = ln(1 + .5/2.5) = ln 1.2.
        // a in "1": ln2 * 2.2*2 / (1.2*(.25 + .75*3/2.5) + 2) = 0.90232… ; b in "1": ln1.2 * 2.2 / (1.38 + 1) = 0.16853…
        // b in "2": ln1.2 * 2.2 / (1.2*(.25 + .75*2/2.5) + 1) = 0.19857… ; c in "2": ln2 * 2.2 / 2.02 = 0.75491…
        LunrIndex index = BuildTwoDocuments();

        Assert.Equal([new(0, 0.902), new(1, 0.169)], index.FieldVectors[0].Elements);
        Assert.Equal([new(1, 0.199), new(2, 0.755)], index.FieldVectors[1].Elements);
    }

    [Fact]
    public void MultipliesFieldAndDocumentBoostsBeforeRounding()
    {
        // c in "2": 0.754913… * 2 * 3 = 4.52948 → 4.529 (rounding each factor first would give 4.53).
        LunrIndex index = BuildTwoDocuments(fieldBoost: 2, secondDocumentBoost: 3);

        Assert.Equal(4.529, index.FieldVectors[1].Elements[1].Score);
        Assert.Equal(1.805, index.FieldVectors[0].Elements[0].Score);
    }

    [Fact]
    public void NumbersTermsInFirstSeenOrderButSortsPostingsOrdinally()
    {
        LunrIndex index = new LunrIndexBuilder().WithField("body")
            .Add("d", Body("я b Z ә a"))
            .Build();

        // Ordinal: a (U+0061) < b < z < я (U+044F) < ә (U+04D9).
        Assert.Equal(["a", "b", "z", "я", "ә"], index.InvertedIndex.Select(p => p.Term));
        Assert.Equal([4, 1, 2, 0, 3], index.InvertedIndex.Select(p => p.TermIndex));
        Assert.Equal([0, 1, 2, 3, 4], index.FieldVectors[0].Elements.Select(e => e.TermIndex));
    }

    [Fact]
    public void WritesAPostingEntryForEveryFieldAndAVectorForEveryFieldOfEveryDocument()
    {
        LunrIndex index = new LunrIndexBuilder().WithField("title").WithField("body")
            .Add("p", new Dictionary<string, string?> { ["title"] = "word" })
            .Add("q", new Dictionary<string, string?> { ["body"] = "word other" })
            .Build();

        LunrPosting word = index.InvertedIndex.Single(p => p.Term == "word");
        Assert.Equal([["p"], ["q"]], word.RefsByField);
        Assert.Equal([[], ["q"]], index.InvertedIndex.Single(p => p.Term == "other").RefsByField);
        Assert.Equal(["title/p", "body/p", "title/q", "body/q"], index.FieldVectors.Select(v => v.FieldRef));
        Assert.Empty(index.FieldVectors[1].Elements);
    }

    [Fact]
    public void ListsNumericRefsFirstAsJavaScriptObjectsDo()
    {
        LunrIndex index = new LunrIndexBuilder().WithField("body")
            .Add("b", Body("x")).Add("10", Body("x")).Add("a", Body("x")).Add("9", Body("x")).Add("007", Body("x"))
            .Build();

        Assert.Equal(["9", "10", "b", "a", "007"], index.InvertedIndex[0].RefsByField[0]);
    }

    [Fact]
    public void RunsThePipelineWithLunrsDropAndExpandSemantics()
    {
        PipelineFunction split = new("split", (token, _, _) =>
            token.Text == "ab" ? [token.WithText("a"), token.WithText("b")] : token.Text == "drop" ? null : [token]);
        LunrIndex index = new LunrIndexBuilder().WithField("body").WithPipeline(split)
            .Add("1", Body("ab drop ab c")).Add("2", Body("c"))
            .Build();

        Assert.Equal(["a", "b", "c"], index.InvertedIndex.Select(p => p.Term));
        // Field length 5 (a, b, a, b, c) against an average of 3: tf(a) = 2 gives ln2 * 4.4 / (1.2*(.25 + .75*5/3) + 2) = 3.0498 / 3.8 = 0.8026…
        Assert.Equal(0.803, index.FieldVectors[0].Elements[0].Score);
    }

    [Fact]
    public void GivesPipelineFunctionsTheFieldOfEachToken()
    {
        PipelineFunction onlyTitles = PipelineFunction.Filter("x", _ => true);
        PipelineFunction tagByField = new("tag", (token, _, _) => [token.WithText(token.Field + ":" + token.Text)]);
        LunrIndex index = new LunrIndexBuilder().WithField("title").WithField("body").WithPipeline(onlyTitles, tagByField)
            .Add("1", new Dictionary<string, string?> { ["title"] = "w", ["body"] = "w" })
            .Build();

        Assert.Equal(["body:w", "title:w"], index.InvertedIndex.Select(p => p.Term));
    }

    [Fact]
    public void WritesTheSearchPipelineLabelsNotTheIndexingOnes()
    {
        LunrIndex index = new LunrIndexBuilder().WithField("body")
            .WithPipeline(UnicodeTrimmer.Function).WithSearchPipeline("stemmer-kk")
            .Add("1", Body("«сөз»")).Build();

        Assert.Equal(["stemmer-kk"], index.Pipeline);
        Assert.Equal("сөз", Assert.Single(index.InvertedIndex).Term);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    [InlineData("12")]
    [InlineData("")]
    public void RejectsFieldNamesLunrCannotSerialize(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new LunrIndexBuilder().WithField(name));
    }

    [Fact]
    public void RejectsDuplicateRefsUndeclaredFieldsAndNonPositiveBoosts()
    {
        LunrIndexBuilder builder = new LunrIndexBuilder().WithField("body").Add("1", Body("x"));

        Assert.Throws<ArgumentException>(() => builder.Add("1", Body("y")));
        Assert.Throws<ArgumentException>(() => builder.Add("2", new Dictionary<string, string?> { ["bdy"] = "y" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add("3", Body("y"), boost: 0));
        Assert.Throws<InvalidOperationException>(() => builder.WithField("late"));
    }

    [Fact]
    public void ProducesIdenticalBytesForIdenticalInput()
    {
        byte[] first = LunrIndexSerializer.SerializeToUtf8Bytes(BuildTwoDocuments(2, 3));
        byte[] second = LunrIndexSerializer.SerializeToUtf8Bytes(BuildTwoDocuments(2, 3));

        Assert.Equal(first, second);
    }

    // A split index writes BuildPostings instead of the vectors: its numbers and weights must be the vectors' own.
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void BuildsPostingsWeightedExactlyAsTheFieldVectors(int significantDigits)
    {
        string[] words = ["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"];
        uint seed = 7;
        string Text(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => words[(seed = (seed * 1103515245) + 12345) % (uint)words.Length]));
        LunrIndexBuilder builder = new LunrIndexBuilder().WithField("title", 3).WithField("body");
        for (int d = 0; d < 40; d++)
        {
            // refs both numeric and not, documents with an empty field, uneven lengths and boosts
            Dictionary<string, string?> fields = new() { ["title"] = d % 5 == 0 ? null : Text(1 + (d % 3)), ["body"] = Text(d * 2) };
            builder.Add(d % 4 == 0 ? "r" + d : d.ToString(System.Globalization.CultureInfo.InvariantCulture), fields, d % 3 == 0 ? 0.5 : 1);
        }

        LunrIndex index = builder.Build(significantDigits);
        LunrPostingsIndex postings = builder.BuildPostings(significantDigits);

        Assert.Equal(index.Fields, postings.Fields);
        Assert.Equal(index.Pipeline, postings.Pipeline);
        Assert.Equal(index.InvertedIndex.Select(p => (p.Term, p.TermIndex)), postings.Postings.Select(p => (p.Term, p.TermIndex)));
        var pivoted = index.InvertedIndex.ToDictionary(p => p.TermIndex, p => index.Fields.Select(_ => new List<(string, double)>()).ToArray());
        foreach (LunrFieldVector vector in index.FieldVectors)
        {
            foreach (VectorElement element in vector.Elements)
            {
                pivoted[element.TermIndex][index.Fields.ToList().IndexOf(vector.FieldName)].Add((vector.DocumentRef, element.Score));
            }
        }

        Assert.All(postings.Postings, p => Assert.Equal(
            pivoted[p.TermIndex].Select(field => field.ToArray()),
            p.DocumentsByField.Zip(p.WeightsByField, (documents, weights) => documents.Select(d => postings.Refs[d]).Zip(weights).ToArray())));
        Assert.Contains(postings.Postings, p => p.DocumentsByField[0].Length > 0 && p.WeightsByField[0].Distinct().Count() > 1);
    }

    private static Dictionary<string, string?> Body(string text) => new() { ["body"] = text };
}
