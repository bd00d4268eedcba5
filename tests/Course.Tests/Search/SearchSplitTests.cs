using System.Text;
using System.Text.Json;
using Course.Tests.Browser;
using Course.Tests.Stemming;
using Course.Tests.Support;
using Course.Web.Search;
using Course.Web.Search.Stemming;
using Microsoft.Playwright;

namespace Course.Tests.Search;

/// <summary>
/// The split index of big courses (issue 16.7, <see cref="SearchSplitWriter"/>): search-query.js's SplitData loads the
/// parts a query needs, rebuilds lunr's index from them, and lunr.js (in Chromium for the many queries, in Jint for
/// one) then ranks and scores exactly as with the whole index written by <see cref="SearchIndexGenerator"/>.
/// </summary>
public sealed class SearchSplitTests(BrowserProcess browser)
{
    // Each query of a list on the split index: every attempt names the parts it needs (run as the browser loads
    // them) or has the result; the last one's result is kept rather than asked for again (each attempt runs the
    // query). A query still needing parts after 50 rounds reports what it asked for, which fails the comparison.
    private const string SearchSplit = """
        ([queries, files]) => queries.map(q => {
          for (let round = 0; round < 50; round++) {
            const a = split.attempt(q, 0);
            if (!a.need) return JSON.stringify(a.result);
            a.need.forEach(path => (0, eval)(files['search/kk/' + path + '.js']));
          }
          return 'still needs ' + split.attempt(q, 0).need;
        })
        """;

    private static readonly Lazy<(SearchIndexOutput Whole, SearchSplitOutput Split)> Outputs = new(() =>
    {
        SearchDocument[] documents = Documents();
        SearchIndexGenerator generator = new("kk", KazakhStemmer.Instance, KazakhStopWords.Words);
        // small parts and chunks, so that even this small index is split many ways
        SearchSplitOutput split = SearchSplitWriter.Write("kk", generator.BuildPostings(documents), SearchStore.Create(documents, 150), null, partBytes: 400, chunk: 3);
        return (generator.Generate(documents), split);
    });

    private static string[] Queries()
    {
        string[] forms = [.. KazakhGold.Read().Select(g => g.Form).Where((_, i) => i % 7 == 0)];
        return
        [
            .. forms.Select(f => f + " "),
            .. forms.Zip(forms.Skip(1), (a, b) => a + " " + b + " "),
            .. forms.Select(f => f[..Math.Min(f.Length, 4)]), // being typed
            .. forms.Select(f => Course.Web.Text.KeyboardFolding.Fold(f) + " "), // without Kazakh letters
            "қылмыстардың ", "кылмыскер ", "фишинг шабуылы ", "заң", "ж", "",
        ];
    }

    [Fact]
    public void EveryTermIsInExactlyOneDerivablePart()
    {
        (SearchIndexOutput whole, SearchSplitOutput split) = Outputs.Value;
        JsonElement manifest = Arguments(split.Files[0].Content)[1];
        string[] keys = [.. manifest.GetProperty("split").GetProperty("keys").EnumerateArray().Select(k => k.GetString()!)];
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (SearchFile file in split.Files.Where(f => f.Path.StartsWith("search/kk/t/", StringComparison.Ordinal)))
        {
            JsonElement[] args = Arguments(file.Content);
            foreach (JsonProperty term in args[3].EnumerateObject())
            {
                found.Add(term.Name, args[2].GetInt32());
            }
        }

        Assert.True(split.TermParts > 10, $"only {split.TermParts} parts");
        Assert.Equal(whole.Index.InvertedIndex.Select(p => p.Term).Order(StringComparer.Ordinal), found.Keys.Order(StringComparer.Ordinal));
        Assert.All(found, f => Assert.Equal(f.Value, SearchSplitWriter.PartOf(keys, f.Key)));
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
    }

    [Fact]
    public async Task TheSplitIndexFindsRanksAndScoresLikeTheWholeIndex()
    {
        if (browser.Unavailable is not null)
        {
            BrowserRequirement.Unavailable(browser.Unavailable);
        }

        (SearchIndexOutput whole, SearchSplitOutput split) = Outputs.Value;
        string[] queries = Queries();
        string[] scripts = [Repo.LunrScript, Repo.ThemeFile("assets", "js", "stemmer-kk.js"), Repo.ThemeFile("assets", "js", "fold.js"), Repo.ThemeFile("assets", "js", "search-query.js")];
        IBrowserContext context = await (await browser.BrowserAsync()).NewContextAsync();
        try
        {
            // one page per index: both register the language's data under the same name
            IPage wholePage = await ScriptPage.OpenAsync(context, scripts, Encoding.UTF8.GetString(whole.Script));
            string[] expected = await wholePage.EvaluateAsync<string[]>("queries => { const searcher = new CourseSearch.Searcher(CourseSearchData.languages.kk, { lunr: lunr, fold: CourseFold.fold }); return queries.map(q => JSON.stringify(searcher.search(q, 0))); }", queries);
            IPage splitPage = await ScriptPage.OpenAsync(context, scripts, Encoding.UTF8.GetString(split.Files[0].Content));
            await splitPage.EvaluateAsync("() => { window.split = new CourseSearch.SplitData('kk', CourseSearchData.languages.kk, { lunr: lunr, fold: CourseFold.fold }); }");
            Dictionary<string, string> files = split.Files.ToDictionary(f => f.Path, f => Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
            string[] found = await splitPage.EvaluateAsync<string[]>(SearchSplit, new object[] { queries, files });

            Assert.Equal(queries.Length, found.Length);
            Assert.All(queries.Zip(expected, found), c => Assert.True(c.Second == c.Third, $"{c.First}: split {c.Third}, whole {c.Second}"));
            int withResults = expected.Count(e => e.Contains("\"ref\"", StringComparison.Ordinal));
            Assert.True(withResults >= queries.Length / 2, $"{withResults} of {queries.Length} queries found something");
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    // Fewer files: a prefix split further keeps its smallest letters' groups in its own part while it has room
    // (without that, its part would hold only the terms equal to it), but the empty prefix never does.
    [Fact]
    public void SmallLetterGroupsStayInTheirPrefixsPart()
    {
        SearchSplitOutput split = Outputs.Value.Split;
        string[] keys = [.. Arguments(split.Files[0].Content)[1].GetProperty("split").GetProperty("keys").EnumerateArray().Select(k => k.GetString()!)];
        int merged = 0;
        foreach (SearchFile file in split.Files.Where(f => f.Path.StartsWith("search/kk/t/", StringComparison.Ordinal)))
        {
            JsonElement[] args = Arguments(file.Content);
            string key = keys[args[2].GetInt32()];
            bool splitFurther = keys.Any(k => k.Length > key.Length && k.StartsWith(key, StringComparison.Ordinal));
            bool holdsLonger = args[3].EnumerateObject().Any(t => Course.Web.Text.KeyboardFolding.Fold(t.Name).Length > key.Length);
            Assert.False(key.Length == 0 && holdsLonger, "the empty key's part holds longer words");
            merged += splitFurther && holdsLonger ? 1 : 0;
        }

        Assert.True(merged >= 2, $"{merged} parts of prefixes split further hold longer words");
    }

    [Fact]
    public void AOneWordQueryLoadsFewParts()
    {
        (_, SearchSplitOutput split) = Outputs.Value;
        LunrJs js = Engine(Encoding.UTF8.GetString(split.Files[0].Content));
        js.Execute("var split = new CourseSearch.SplitData('kk', CourseSearchData.languages.kk, { lunr: lunr, fold: CourseFold.fold });");

        string[] need = js.Evaluate<string[]>("split.attempt('қылмыстың ', 10).need");

        Assert.NotEmpty(need);
        Assert.True(need.Length <= 3, string.Join(' ', need));
        Assert.True(need.Length * 5 < split.TermParts, $"{need.Length} of {split.TermParts} parts");
    }

    [Fact]
    public void TheManifestNamesTheLanguageAndItsPipeline()
    {
        JsonElement[] args = Arguments(Outputs.Value.Split.Files[0].Content);

        Assert.Equal("search/kk/index.js", Outputs.Value.Split.Files[0].Path);
        Assert.Equal("kk", args[0].GetString());
        Assert.Equal("stemmer-kk", args[1].GetProperty("pipeline")[0].GetString());
        Assert.Equal(3, args[1].GetProperty("split").GetProperty("chunk").GetInt32());
        Assert.Empty(args[2].GetProperty("docs").EnumerateObject());
    }

    private static LunrJs Engine(string manifest)
    {
        LunrJs js = new(Repo.ThemeFile("assets", "js", "stemmer-kk.js"), Repo.ThemeFile("assets", "js", "fold.js"), Repo.ThemeFile("assets", "js", "search-query.js"));
        js.Execute(manifest);
        return js;
    }

    // window.CourseSearchData.register(a, b, c) or .part(a, b, c, d): the arguments as JSON
    private static JsonElement[] Arguments(byte[] script)
    {
        string text = Encoding.UTF8.GetString(script);
        int open = text.IndexOf('(', StringComparison.Ordinal);
        int close = text.LastIndexOf(')');
        return [.. JsonDocument.Parse("[" + text[(open + 1)..close] + "]").RootElement.EnumerateArray()];
    }

    // Sections made of the gold list's words in a fixed pseudo-random order: many terms, shared across sections.
    private static SearchDocument[] Documents()
    {
        string[] words = [.. KazakhGold.Read().Select(g => g.Form)];
        uint seed = 11;
        string Next() => words[(seed = (seed * 1103515245) + 12345) % (uint)words.Length];
        return
        [
            .. Enumerable.Range(0, 90).Select(i => new SearchDocument(
                SearchRefs.FromOrdinal(i),
                i % 3 == 0 ? $"p{i / 3}/" : $"p{i / 3}/#s{i % 3}",
                $"{Next()} {Next()}",
                i % 3 == 0 ? "" : $"{Next()} {Next()}",
                "Тарау",
                string.Join(' ', Enumerable.Range(0, 40).Select(_ => Next())))),
        ];
    }
}
