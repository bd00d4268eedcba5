using System.Text;
using Course.Tests.Support;
using Course.Web.Search;
using Course.Web.Search.Stemming;

namespace Course.Tests.Search;

/// <summary>
/// The Russian path end to end in Jint: an index written with lunr-languages' own stemmer (run from C#
/// through Jint, standing in for the C# twin), loaded after lunr.stemmer.support.js and lunr.ru.js as
/// search-box.js loads them, and searched with stems from the index's <c>stemmer-ru</c> pipeline.
/// </summary>
public sealed class RussianSearchTests
{
    private static readonly SearchDocument[] Documents =
    [
        new("0", "offender/", "Личность преступника", "Личность преступника", "Личность преступника",
            "Преступники чаще всего молодые люди с высшим образованием."),
        new("1", "determinants/#причины", "Детерминанты", "Причины преступности", "Детерминанты",
            "Причины компьютерной преступности: экономические и социальные."),
        new("2", "victimology/", "Виктимология", "Жертвы", "Виктимология",
            "Жертвы мошенников и их ёлочные игрушки."),
    ];

    [Fact]
    public void FindsInflectedRussianWordsWithTheStemmerRuPipeline()
    {
        LunrJs js = Load();

        Assert.Equal(["1"], Refs(js, "преступность "));
        Assert.Equal(["0"], Refs(js, "преступникам "));
        Assert.Equal(["0", "1"], Refs(js, "преступ").Order(StringComparer.Ordinal));
        Assert.Equal(["stemmer-ru"], js.Evaluate<string[]>("searcher.index.pipeline.toJSON()"));
    }

    [Fact]
    public void SkipsTheStopWordsOfLunrRuJs()
    {
        LunrJs js = Load();

        Assert.Empty(js.Evaluate<object[]>("searcher.buildQuery('и причины ').filter(function (c) { return c.term === 'и'; })"));
        Assert.True(js.Evaluate<bool>("searcher.isStopWord('который')"));
        Assert.False(js.Evaluate<bool>("searcher.isStopWord('причины')"));
    }

    [Fact]
    public void MatchesYoWrittenAsYe()
    {
        LunrJs js = Load();

        Assert.Equal(["2"], Refs(js, "елочные "));
    }

    private static string[] Refs(LunrJs js, string query) =>
        js.Evaluate<string[]>($"searcher.search({System.Text.Json.JsonSerializer.Serialize(query)}, 10).items.map(function (i) {{ return i.ref; }})");

    private static LunrJs Load()
    {
        LunrJs js = new(
            Repo.NodeModule("lunr-languages", "lunr.stemmer.support.js"),
            Repo.NodeModule("lunr-languages", "lunr.ru.js"),
            Repo.ThemeFile("assets", "js", "fold.js"),
            Repo.ThemeFile("assets", "js", "search-query.js"));
        SearchIndexOutput output = new SearchIndexGenerator("ru", new LunrRussianStemmer(js), ["и", "с", "их"]).Generate(Documents);
        js.Execute(Encoding.UTF8.GetString(output.Script));
        js.Execute("var searcher = new CourseSearch.Searcher(CourseSearchData.languages.ru, { lunr: lunr, fold: CourseFold.fold });");
        return js;
    }

    private sealed class LunrRussianStemmer(LunrJs js) : IStemmer
    {
        public string Stem(string word) =>
            js.Evaluate($"lunr.Pipeline.registeredFunctions['stemmer-ru'](new lunr.Token({System.Text.Json.JsonSerializer.Serialize(word)})).toString()");
    }
}
