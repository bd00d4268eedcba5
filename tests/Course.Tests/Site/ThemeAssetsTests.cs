using System.Text;
using Course.Core.Diagnostics;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Layouts;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>The stylesheets and scripts of a page come from theme/assets.yml (#18.5): a theme adds one without a change to the generator.</summary>
public sealed class ThemeAssetsTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task AFileAddedToACopyOfTheThemeIsLoadedByThePagesItNames()
    {
        string theme = CopyOfTheme();
        File.WriteAllText(Path.Combine(theme, "assets", "css", "extra.css"), "body { margin: 0; }\n");
        File.WriteAllText(Path.Combine(theme, "assets", "js", "extra.js"), "'use strict';\n");
        string list = File.ReadAllText(Path.Combine(theme, ThemeAssets.FileName));
        list = list.Replace("  - assets/css/quiz.css\n", "  - assets/css/quiz.css\n  - assets/css/extra.css\n", StringComparison.Ordinal)
            + "  - { path: assets/js/extra.js, kinds: [glossary] }\n";
        File.WriteAllText(Path.Combine(theme, ThemeAssets.FileName), list);
        string input = MiniCourse.CopyTo(temp.Combine("input"));

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(input, theme));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        string chapter = Page(result, $"kk/{MiniCourse.Chapter}/index.html");
        string glossary = Page(result, "ru/glossary/index.html");
        int extra = chapter.IndexOf("<link rel=\"stylesheet\" href=\"../../assets/css/extra.css\">", StringComparison.Ordinal);
        Assert.InRange(extra, chapter.IndexOf("assets/css/quiz.css", StringComparison.Ordinal) + 1, chapter.IndexOf("</head>", StringComparison.Ordinal)); // in the order of the list
        Assert.Contains("<link rel=\"stylesheet\" href=\"../../assets/css/extra.css\">", glossary, StringComparison.Ordinal);
        Assert.Contains("src=\"../../assets/js/extra.js\"", glossary, StringComparison.Ordinal);
        Assert.DoesNotContain("extra.js", chapter, StringComparison.Ordinal);
        Assert.Contains(result.Files, f => f.Destination == "assets/css/extra.css");
    }

    [Theory]
    [InlineData("styles:\n  - assets/css/site.css\n  - assets/css/missing.css\nscripts: []\n", 3, 5, "'assets/css/missing.css' is not a file of the theme.")]
    [InlineData("styles: []\nscripts:\n  - { path: assets/js/site.js, kinds: [section, chapters] }\n", 3, 49, "'chapters' is not a page kind.")]
    [InlineData("styles: []\nscripts:\n  - { path: assets/js/site.js, kinds: [none] }\n", 3, 40, "'none' is not a page kind.")]
    [InlineData("styles: []\nscripts:\n  - ../../etc/passwd\n", 3, 5, "'../../etc/passwd' is neither a file of the theme (assets/…) nor one the build writes ({lang}/reading-map.js).")]
    [InlineData("styles: []\nscripts:\n  - assets/../../course.yml\n", 3, 5, "'assets/../../course.yml' is neither a file of the theme (assets/…) nor one the build writes ({lang}/reading-map.js).")]
    [InlineData("styles: []\nscripts:\n  - { path: assets/js/scorm.js, lms: yes please }\n", 3, 38, "'lms' must be true or false.")]
    [InlineData("styles: []\nscripts:\n  - { path: assets/js/site.js, when: print }\n", 3, 32, "Unknown key 'when'.")]
    [InlineData("styles: []\nscript: []\n", 2, 1, "Unknown key 'script'.")]
    [InlineData("styles: [unclosed\nscripts: []\n", 1, 1, "Broken YAML: an unclosed '[', '{' or quote?")]
    [InlineData("styles: assets/css/site.css\nscripts: []\n", 1, 9, "'styles' must be a list of paths.")]
    public void AListTheBuildCannotTakeIsAnErrorAtItsLineAndColumn(string yaml, int line, int column, string message)
    {
        string theme = CopyOfTheme();
        File.WriteAllText(Path.Combine(theme, ThemeAssets.FileName), yaml);

        (ThemeAssets? assets, IReadOnlyList<Diagnostic> diagnostics) = ThemeAssets.Load(theme);

        Assert.Null(assets);
        Diagnostic error = Assert.Single(diagnostics, d => d.Message == message);
        Assert.True(error.IsError);
        Assert.EndsWith("theme/assets.yml", error.File, StringComparison.Ordinal);
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.False(string.IsNullOrWhiteSpace(error.Fix));
    }

    [Fact]
    public void AMissingFileIsReportedInTheAuthorsLanguage()
    {
        string theme = CopyOfTheme();
        File.WriteAllText(Path.Combine(theme, ThemeAssets.FileName), "styles:\n  - assets/css/missing.css\nscripts: []\n");

        Diagnostic error = Assert.Single(ThemeAssets.Load(theme).Diagnostics);

        Diagnostic kk = Course.Web.Messages.MessageCatalog.For("kk").Translate(error);
        Assert.Equal(("'assets/css/missing.css' – тақырыптың файлы емес.", "Файлды theme/assets/ ішіне қосыңыз не жолды түзетіңіз."), (kk.Message, kk.Fix));
        Assert.Equal((2, 5), (kk.Line, kk.Column));
    }

    [Fact]
    public async Task AThemeWithoutTheListStopsTheBuildBeforeAnyPage()
    {
        string theme = CopyOfTheme();
        File.Delete(Path.Combine(theme, ThemeAssets.FileName));

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(Repo.Input, theme));

        Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Equal("theme/assets.yml:1:1: The theme has no list of its stylesheets and scripts.", $"{error.File[^"theme/assets.yml".Length..]}:{error.Line}:{error.Column}: {error.Message}");
        Assert.Empty(result.Files);
    }

    [Theory]
    [InlineData(PageKind.Section, false, "")]
    [InlineData(PageKind.Quiz, false, "assets/js/quiz.js")]
    [InlineData(PageKind.Quizzes, false, "assets/js/quiz.js")]
    [InlineData(PageKind.Flashcards, false, "assets/js/flashcards.js")]
    [InlineData(PageKind.Print, true, "")]
    public void TheCoursesThemeLoadsTheStoreFirstTheLmsAdapterNextAndTheReadingMapOfThePagesLanguage(PageKind kind, bool lms, string extraScripts)
    {
        (ThemeAssets? assets, IReadOnlyList<Diagnostic> diagnostics) = ThemeAssets.Load(Repo.Theme);

        Assert.Empty(diagnostics);
        string[] common = ["assets/js/site.js", "assets/js/format.js", "assets/js/progress.js", "assets/js/parallel.js", "assets/js/offline.js", "assets/js/fold.js", "assets/js/search-box.js", "assets/js/glossary.js"];
        string[] expected = [.. new[] { "../assets/js/store.js" }, .. lms ? ["../assets/js/scorm.js"] : Array.Empty<string>(), "../ru/reading-map.js",
            .. common.Concat(extraScripts.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => "../" + p)];
        Assert.Equal(expected, assets!.ScriptsFor("../", "ru", kind, lms));
        Assert.Equal(
            [.. new[] { "site", "search", "glossary", "quiz" }.Concat(kind == PageKind.Print ? ["print"] : []).Select(n => $"../assets/css/{n}.css")],
            assets.StylesFor("../", "ru", kind, lms));
    }

    private string CopyOfTheme()
    {
        string theme = temp.Combine("theme");
        TempFolder.Copy(Repo.Theme, theme);
        foreach (string modules in new[] { "node_modules", Path.Combine("admin", "node_modules") })
        {
            if (Directory.Exists(Path.Combine(Repo.Theme, modules)))
            {
                Directory.CreateSymbolicLink(Path.Combine(theme, modules), Path.Combine(Repo.Theme, modules));
            }
        }

        return theme;
    }

    private static string Page(BuildResult result, string destination) =>
        Encoding.UTF8.GetString(result.Files.Single(f => f.Destination == destination).ReadBytes());

    public void Dispose() => temp.Dispose();
}
