using System.Text.Json;
using Course.Tests.Support;
using Course.Web.Search.Lunr;

namespace Course.Tests.Search;

/// <summary>
/// Golden compatibility with lunr.js 2.3.9 itself (from npm, run in Jint): the same documents and
/// the same pipeline, once through lunr.Builder and once through our writer, must serialize to the
/// same bytes and answer every query with the same refs, order and scores.
/// </summary>
public sealed class LunrCompatibilityTests
{
    private static readonly Lazy<(LunrJs Js, string OurJson)> Setup = new(Create);

    [Fact]
    public void SerializesExactlyLikeLunrJs()
    {
        (LunrJs js, string ours) = Setup.Value;

        string theirs = js.Evaluate("JSON.stringify(reference)");

        Assert.Equal(theirs, ours);
    }

    [Fact]
    public void LunrJsLoadsOurIndexAndAnswersEveryQueryLikeItsOwn()
    {
        (LunrJs js, _) = Setup.Value;

        foreach (string query in CompatibilityCorpus.Queries)
        {
            IReadOnlyList<LunrHit> expected = js.Search("reference", query);
            IReadOnlyList<LunrHit> actual = js.Search("loaded", query);

            Assert.Equal(expected.Select(h => h.ToString()), actual.Select(h => h.ToString()));
        }
    }

    [Fact]
    public void QueriesFindCyrillicTermsThroughTheStemmedSearchPipeline()
    {
        (LunrJs js, _) = Setup.Value;

        IReadOnlyList<LunrHit> hits = js.Search("loaded", "қылмыстардың");

        Assert.Equal("a", Assert.Single(hits).Ref);
        Assert.Equal(["қылмыстар"], hits[0].Terms);
    }

    [Fact]
    public void ProgrammaticQueriesWithoutThePipelineMatchLunrJs()
    {
        (LunrJs js, _) = Setup.Value;
        const string Query = "function (q) { q.term('кылмыскер', { fields: ['folded'], usePipeline: false, boost: 2 }); q.term('алая', { usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING }); }";

        string expected = js.Evaluate($"JSON.stringify(reference.query({Query}))");
        string actual = js.Evaluate($"JSON.stringify(loaded.query({Query}))");

        Assert.Equal(expected, actual);
        Assert.Contains("\"ref\":\"10\"", actual, StringComparison.Ordinal);
    }

    private static (LunrJs, string) Create()
    {
        LunrJs js = new(Repo.ThemeFile("assets", "js", "fold.js"));
        js.Execute(TwinPipeline.JavaScript);
        js.SetJson("docs", JsonSerializer.Serialize(CompatibilityCorpus.Documents.Select(d => new
        {
            id = d.Ref, boost = d.Boost, title = d.Title, heading = d.Heading, body = d.Body, folded = d.Folded,
        })));
        js.SetJson("fields", JsonSerializer.Serialize(CompatibilityCorpus.Fields.Select(f => new { name = f.Name, boost = f.Boost })));
        js.Execute("""
            var builder = new lunr.Builder();
            builder.ref('id');
            fields.forEach(function (f) { builder.field(f.name, { boost: f.boost }); });
            builder.pipeline.add(twin.trimmer, twin.stopWords, twin.stemmer, twin.foldVariants);
            builder.searchPipeline.add(twin.stemmer);
            docs.forEach(function (d) { builder.add(d, { boost: d.boost }); });
            var reference = builder.build();
            """);

        LunrIndexBuilder ours = new LunrIndexBuilder()
            .WithPipeline(TwinPipeline.CSharp)
            .WithSearchPipeline("stemmer-toy");
        foreach ((string name, double boost) in CompatibilityCorpus.Fields)
        {
            ours.WithField(name, boost);
        }

        foreach (CompatibilityCorpus.CorpusDocument document in CompatibilityCorpus.Documents)
        {
            ours.Add(document.Ref, document.FieldTexts, document.Boost);
        }

        string json = LunrIndexSerializer.Serialize(ours.Build());
        js.SetJson("ourJson", JsonSerializer.Serialize(json));
        js.Execute("var loaded = lunr.Index.load(JSON.parse(ourJson));");
        return (js, json);
    }
}
