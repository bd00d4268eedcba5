using Course.Tests.Support;
using Course.Core.IO;
using YamlDotNet.RepresentationModel;

namespace Course.Tests.Authoring;

/// <summary>Issue #17.1: admin/config.yml is generated from the course: the languages, a collection per chapter folder and language, the quiz banks.</summary>
public class EditorConfigTests
{
    private static async Task<YamlMappingNode> ConfigAsync()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        var yaml = new YamlStream();
        yaml.Load(new StringReader(await File.ReadAllTextAsync(Path.Combine(output, "admin", "config.yml"), TestContext.Current.CancellationToken)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node).Children[key]).Value!;

    private static string FrontMatterTitle(string file) =>
        (string)YamlValues.ReadMapping(YamlJson.FrontMatterOf(File.ReadAllText(file))).Values["title"]!;

    [Fact]
    public async Task TheEditorWorksOnTheCoursesLanguagesWithTheSourceLanguageFirstAndGitGatewayInProduction()
    {
        YamlMappingNode config = await ConfigAsync();
        YamlNode i18n = config.Children["i18n"];
        Assert.Equal("multiple_folders", Scalar(i18n, "structure"));
        Assert.Equal(["kk", "ru"], ((YamlSequenceNode)((YamlMappingNode)i18n).Children["locales"]).Children.Select(n => ((YamlScalarNode)n).Value));
        Assert.Equal("kk", Scalar(i18n, "default_locale"));
        Assert.Equal("git-gateway", Scalar(config.Children["backend"], "name"));
        Assert.Equal("true", Scalar(config, "local_backend"));
    }

    [Fact]
    public async Task EveryChapterFolderHasACollectionPerLanguageLabelledInThatLanguage()
    {
        YamlMappingNode config = await ConfigAsync();
        var collections = ((YamlSequenceNode)config.Children["collections"]).Children.Cast<YamlMappingNode>().ToList();
        string[] chapters = [.. Directory.GetDirectories(Path.Combine(Repo.Input, "kk")).Where(d => File.Exists(Path.Combine(d, "index.md"))).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.NotEmpty(chapters);
        foreach (string chapter in chapters)
        {
            foreach (string lang in new[] { "kk", "ru" })
            {
                YamlMappingNode collection = Assert.Single(collections, c => c.Children.TryGetValue("folder", out YamlNode? folder) && ((YamlScalarNode)folder).Value == $"input/{lang}/{chapter}");
                string title = FrontMatterTitle(Path.Combine(Repo.Input, lang, chapter, "index.md"));
                Assert.Equal($"{title} ({lang})", Scalar(collection, "label"));
            }
        }

        YamlMappingNode quizzes = Assert.Single(collections, c => Scalar(c, "name") == "quizzes");
        string[] banks = [.. ((YamlSequenceNode)quizzes.Children["files"]).Children.Select(f => Scalar(f, "file")).Order(StringComparer.Ordinal)];
        string[] expected = [.. new[] { "kk", "ru" }.SelectMany(lang => Directory.GetFiles(Path.Combine(Repo.Input, lang), "quiz.yml", SearchOption.AllDirectories)
            .Select(f => "input/" + Path.GetRelativePath(Repo.Input, f).Replace('\\', '/'))).Order(StringComparer.Ordinal)];
        Assert.Equal(expected, banks);
    }
}
