namespace Course.Tests.Stemming;

/// <summary>stemmer-kk.js in the browser's setting: loaded after lunr.js, it registers its own labels and works in an index.</summary>
public sealed class KazakhLunrPipelineTests
{
    [Fact]
    public void RegistersUnderItsOwnLabelsAndLeavesPorterAlone()
    {
        JavaScriptStemmers js = JavaScriptStemmers.WithLunr();

        Assert.Equal("true", js.Evaluate("typeof lunr.Pipeline.registeredFunctions['stemmer-kk'] === 'function'"));
        Assert.Equal("true", js.Evaluate("typeof lunr.Pipeline.registeredFunctions['stopWordFilter-kk'] === 'function'"));
        Assert.Equal("true", js.Evaluate("lunr.Pipeline.registeredFunctions['stemmer'] === lunr.stemmer"));
    }

    [Fact]
    public void FindsInflectedFormsAndSurvivesSerialisation()
    {
        JavaScriptStemmers js = JavaScriptStemmers.WithLunr();
        js.Evaluate("""
            var fns = lunr.Pipeline.registeredFunctions;
            var idx = lunr(function () {
              this.pipeline.reset();
              this.pipeline.add(lunr.ru.trimmer, fns['stopWordFilter-kk'], fns['stemmer-kk']);
              this.searchPipeline.reset();
              this.searchPipeline.add(fns['stemmer-kk']);
              this.ref('id');
              this.field('body');
              this.add({ id: 'a', body: 'Қылмыстардың алдын алу және заңдарымыздағы өзгерістер' });
              this.add({ id: 'b', body: 'Фишингтің құрбандары' });
            });
            var loaded = lunr.Index.load(JSON.parse(JSON.stringify(idx)));
            """);

        Assert.Equal("[\"stemmer-kk\"]", js.Evaluate("JSON.stringify(idx.toJSON().pipeline)"));
        Assert.Equal("a", js.Evaluate("loaded.search('қылмыс').map(function (r) { return r.ref; }).join()"));
        Assert.Equal("a", js.Evaluate("loaded.search('заңның').map(function (r) { return r.ref; }).join()"));
        Assert.Equal("b", js.Evaluate("loaded.search('құрбан').map(function (r) { return r.ref; }).join()"));
        Assert.Equal("", js.Evaluate("loaded.search('және').map(function (r) { return r.ref; }).join()"));
    }

    [Fact]
    public void OffersTheStemmerWithoutLunr()
    {
        JavaScriptStemmers js = JavaScriptStemmers.Kazakh();

        Assert.Equal("қылмыскер", js.Evaluate("CourseStemmers.kk('қылмыскерлерге')"));
        Assert.Equal("true", js.Evaluate("CourseStemmers.kkIsStopWord('және')"));
        Assert.Equal("undefined", js.Evaluate("typeof lunr"));
    }
}
