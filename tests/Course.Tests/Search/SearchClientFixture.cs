using System.Text;
using Course.Tests.Support;
using Course.Web.Search;

namespace Course.Tests.Search;

/// <summary>
/// theme/assets/js/search-query.js running in Jint against a Kazakh index written by <see cref="SearchIndexGenerator"/>,
/// with the toy stemmer and stop words registered in the browser as <c>stemmer-kk</c> and
/// <c>stopWordFilter-kk</c>, as stemmer-kk.js does.
/// </summary>
internal sealed class SearchClientFixture
{
    public static readonly SearchDocument[] Documents =
    [
        new("0", "offender/", "Қылмыскер тұлғасы", "Қылмыскер тұлғасы", "Қылмыскер тұлғасы",
            "Бұл тарауда қылмыскердің тұлғасы қарастырылады."),
        new("1", "offender/portrait/", "Қылмыскердің портреті", "Қылмыскердің портреті", "Қылмыскер тұлғасы",
            "Портрет жасы, жынысы және білімі бойынша құрылады."),
        new("2", "offender/portrait/#жасы", "Қылмыскердің портреті", "Қылмыскердің жасы", "Қылмыскер тұлғасы",
            "Қылмыскерлердің көпшілігі жас адамдар. Жоғары білімі бар хакерлер мен алаяқтар жиі кездеседі."),
        new("3", "victimology/", "Виктимология", "Виктимология", "Виктимология",
            "Жәбірленушілер алаяқтардың құрбаны болады. Жәбірленуші өзін қорғай алмайды."),
        new("4", "economy/#қор", "Экономика", "Қор", "Себептер",
            "Қор нарығы мен банктер. Қор туралы."),
        new("5", "economy/#кор", "Экономика", "Кор", "Себептер",
            "Кор деген басқа сөз."),
        new("6", "economy/#нарық-пен-банктер", "Экономика", "Нарық пен банктер", "Себептер",
            "Банктер туралы."),
    ];

    public SearchClientFixture()
        : this(Documents)
    {
    }

    public SearchClientFixture(SearchDocument[] documents)
    {
        SearchIndexOutput output = new SearchIndexGenerator("kk", new ToyStemmer(), TwinPipeline.StopWords)
            .Generate(documents);
        Output = output;
        Js = new LunrJs(Repo.ThemeFile("assets", "js", "fold.js"), Repo.ThemeFile("assets", "js", "search-query.js"));
        Js.Execute(TwinPipeline.JavaScript);
        Js.Execute("lunr.Pipeline.registerFunction(twin.stemmer, 'stemmer-kk');");
        Js.Execute($"lunr.Pipeline.registerFunction(lunr.generateStopWordFilter({System.Text.Json.JsonSerializer.Serialize(TwinPipeline.StopWords)}), 'stopWordFilter-kk');");
        Js.Execute(Encoding.UTF8.GetString(output.Script));
        Js.Execute("var searcher = new CourseSearch.Searcher(CourseSearchData.languages.kk, { lunr: lunr, fold: CourseFold.fold });");
    }

    public SearchIndexOutput Output { get; }

    public LunrJs Js { get; }

    public ClientResult Search(string query) =>
        Js.Evaluate<ClientResult>($"searcher.search({System.Text.Json.JsonSerializer.Serialize(query)}, 10)");

    public ClientClause[] BuildQuery(string query) =>
        Js.Evaluate<ClientClause[]>($"searcher.buildQuery({System.Text.Json.JsonSerializer.Serialize(query)})");

    internal sealed record ClientResult(int total, ClientItem[] items, bool question = false);

    internal sealed record ClientItem(string @ref, double score, string url, string heading, string title, string chapter, ClientSegment[] snippet, string? kind = null)
    {
        public string Marked => string.Concat(snippet.Select(s => s.mark ? $"[{s.text}]" : s.text));
    }

    internal sealed record ClientSegment(string text, bool mark);

    internal sealed record ClientClause(string term, string[] fields, double boost, bool usePipeline, int? wildcard);
}
