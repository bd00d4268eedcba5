using System.Text;
using System.Text.Json;
using Course.Cli.Commands;
using Course.Tests.Search;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Languages;

/// <summary>
/// A third language needs only its descriptor (src/Course.Web/Languages/English.cs), its UI strings and its
/// pages: the fixture course in ThirdLanguage/ (kk, ru, en) builds with the theme plus i18n/en and nothing else.
/// </summary>
public sealed class ThirdLanguageTests : IClassFixture<ThirdLanguageTests.Site>
{
    private readonly Site site;

    public ThirdLanguageTests(Site site) => this.site = site;

    [Fact]
    public void BuildsWithoutErrors()
    {
        Assert.True(site.Exit == 0, site.Console);
        // a UI string other helpers add later only warns (it would show as [key]); nothing else may
        Assert.DoesNotMatch(@"warning: (?!The UI string)", site.Console);
        Assert.Contains("search index search/en/index.js", site.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void HandsEachLanguagesScriptsToTheBrowserAsData()
    {
        string en = site.Read("en", "crime", "victims", "index.html");
        string kk = site.Read("kk", "crime", "victims", "index.html");
        string ru = site.Read("ru", "crime", "victims", "index.html");

        Assert.Contains("<html lang=\"en\"", en, StringComparison.Ordinal);
        Assert.Matches("data-lang=\"en\"[^>]* data-scripts=\"assets/vendor/lunr.min.js assets/js/fold.js\" data-query=\"assets/js/search-query.js\" data-worker=\"assets/js/search-worker.js\"", en);
        Assert.DoesNotContain("data-keyboard-fold", en, StringComparison.Ordinal);
        Assert.Matches("data-scripts=\"assets/vendor/lunr.min.js assets/js/stemmer-kk.js assets/js/query-kk.js assets/js/fold.js\" data-query=\"assets/js/search-query.js\" data-worker=\"assets/js/search-worker.js\" data-stemmer=\"stemmer-kk\" data-keyboard-fold", kk);
        Assert.Matches("data-scripts=\"assets/vendor/lunr.min.js assets/vendor/lunr.stemmer.support.js assets/vendor/lunr.ru.js assets/js/query-ru.js assets/js/fold.js\" data-query=\"assets/js/search-query.js\" data-worker=\"assets/js/search-worker.js\" data-stemmer=\"stemmer-ru\" data-keyboard-fold", ru);
        Assert.Contains("Search the course", en, StringComparison.Ordinal);
    }

    [Fact]
    public void WritesNumbersTheEnglishWay()
    {
        string en = site.Read("en", "crime", "victims", "index.html");

        Assert.Contains("<td>21,000</td>", en, StringComparison.Ordinal);
        Assert.Contains("<td>883.5</td>", en, StringComparison.Ordinal);
    }

    [Fact]
    public void SortsAndFiltersTheGlossaryWithoutKazakhFolding()
    {
        string glossary = site.Read("en", "glossary", "index.html");

        Assert.True(glossary.IndexOf("id=\"botnet\"", StringComparison.Ordinal) < glossary.IndexOf("id=\"phishing\"", StringComparison.Ordinal));
        Assert.Contains("data-search=\"phishing fishing\"", glossary, StringComparison.Ordinal); // Latin i is not folded to Cyrillic и
    }

    [Fact]
    public void SearchesEnglishWithLunrsOwnStemmer()
    {
        string script = site.Read("search", "en", "index.js");
        LunrJs js = new(Repo.ThemeFile("assets", "js", "fold.js"), Repo.ThemeFile("assets", "js", "search-query.js"));
        js.Execute(script);
        js.Execute("var searcher = new CourseSearch.Searcher(CourseSearchData.languages.en, { lunr: lunr, fold: null });");

        Assert.Equal(["stemmer"], js.Evaluate<string[]>("searcher.index.pipeline.toJSON()"));
        Assert.Equal(["crime/victims/#how-many-victims"], Urls(js, "victimised "));
        Assert.Equal("crime/victims/", Urls(js, "victim ")[0]);
        Assert.True(js.Evaluate<bool>("searcher.isStopWord('the')"));
        Assert.False(js.Evaluate<bool>("searcher.isStopWord('victim')"));
    }

    [Fact]
    public async Task AnUnknownLanguageIsABuildError()
    {
        using var temp = new TempFolder();
        TempFolder.Copy(Site.Fixture("input"), temp.Combine("input"));
        string settings = temp.Combine("input", "course.yml");
        await File.WriteAllTextAsync(settings, (await File.ReadAllTextAsync(settings)).Replace("[kk, ru, en]", "[kk, ru, en, de]", StringComparison.Ordinal).Replace("  en: Cybercrime", "  en: Cybercrime\n  de: Cyberkriminalität", StringComparison.Ordinal));
        var console = new StringWriter();

        int exit = await BuildCommand.RunAsync(new BuildOptions(temp.Combine("input"), Repo.Theme), temp.Combine("output"), console, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Matches(@"course\.yml:6:1: error: The language 'de' is not known to the generator \(known: kk, ru, en\)\..*Fix: ", console.ToString());
        Assert.False(Directory.Exists(temp.Combine("output", "de")));
    }

    private static string[] Urls(LunrJs js, string query) =>
        js.Evaluate<string[]>($"searcher.search({JsonSerializer.Serialize(query)}, 10).items.map(function (i) {{ return i.url; }})");

    /// <summary>The fixture course built once: the repository's theme copied with the fixture's i18n/en added.</summary>
    public sealed class Site : IAsyncLifetime
    {
        private readonly TempFolder temp = new();

        public string Output => temp.Combine("output");

        public string Console { get; private set; } = string.Empty;

        public int Exit { get; private set; }

        public static string Fixture(params string[] parts) => Path.Combine([Repo.Root, "tests", "Course.Tests", "Languages", "ThirdLanguage", .. parts]);

        public string Read(params string[] parts) => File.ReadAllText(Path.Combine([Output, .. parts]), Encoding.UTF8);

        public async ValueTask InitializeAsync()
        {
            string theme = temp.Combine("theme");
            TempFolder.Copy(Repo.Theme, theme);
            TempFolder.Copy(Fixture("i18n"), Path.Combine(theme, "i18n"));
            foreach (string[] file in new[] { new[] { "lunr", "lunr.min.js" }, ["lunr-languages", "lunr.stemmer.support.js"], ["lunr-languages", "lunr.ru.js"] })
            {
                string target = Path.Combine([theme, "node_modules", .. file]);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Repo.NodeModule(file), target);
            }

            var console = new StringWriter();
            Exit = await BuildCommand.RunAsync(new BuildOptions(Fixture("input"), theme), Output, console, CancellationToken.None);
            Console = console.ToString();
        }

        public ValueTask DisposeAsync()
        {
            temp.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
