using System.Text.Json;
using System.Text.Json.Nodes;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;
using Json.Schema;
using BuildOptions = Course.Web.Site.BuildOptions;

namespace Course.Tests.Authoring;

/// <summary>
/// The JSON Schemas in schemas/ (mapped for editors in .vscode/settings.json) accept the real course, reject known-bad
/// samples, and agree with the build: what a schema rejects, the build reports as an error too.
/// </summary>
public class SchemaTests
{
    // JsonSchema.Net registers a schema by its $id once per process: load each file once.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    private static JsonSchema Load(string name) => Schemas.GetOrAdd(name, n => JsonSchema.FromText(File.ReadAllText(Path.Combine(Repo.Root, "schemas", n))));

    private static EvaluationResults Evaluate(JsonSchema schema, JsonNode? node) =>
        schema.Evaluate(JsonSerializer.SerializeToElement(node), new EvaluationOptions { OutputFormat = OutputFormat.List });


    public static TheoryData<string> Pages() => [.. Directory.EnumerateFiles(Repo.Input, "*.md", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Repo.Input, f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Pages))]
    public void EveryPageOfTheCourseMatchesTheFrontMatterSchema(string page)
    {
        EvaluationResults result = Evaluate(Load("front-matter.schema.json"), YamlJson.Convert(YamlJson.FrontMatterOf(File.ReadAllText(Path.Combine(Repo.Input, page)))));
        Assert.True(result.IsValid, page + ": " + JsonSerializer.Serialize(result));
    }

    [Fact]
    public void EveryQuizBankAndTheCourseSettingsMatchTheirSchemas()
    {
        JsonSchema bank = Load("quiz-bank.schema.json");
        foreach (string file in Directory.EnumerateFiles(Repo.Input, "quiz.yml", SearchOption.AllDirectories))
        {
            Assert.True(Evaluate(bank, YamlJson.Convert(File.ReadAllText(file))).IsValid, file);
        }

        Assert.True(Evaluate(Load("course.schema.json"), YamlJson.Convert(File.ReadAllText(Path.Combine(Repo.Input, "course.yml")))).IsValid);
    }

    [Fact]
    public void TheFrontMatterSchemaHasExactlyTheKeysTheBuildKnows()
    {
        JsonNode schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "schemas", "front-matter.schema.json")))!;
        Assert.Equal(
            FrontMatterSchema.Keys.Keys.Order(StringComparer.Ordinal),
            schema["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
    }

    /// <summary>Known-bad samples: (file in the course, text replaced, replacement, schema).</summary>
    public static TheoryData<string, string, string, string> BadSamples() => new()
    {
        { "kk/offender/portrait.md", "order: 2", "order: abc", "front-matter.schema.json" },
        { "kk/offender/portrait.md", "order: 2", "order: 2\nkeyTerms: one term", "front-matter.schema.json" },
        { "kk/offender/quiz.yml", "type: truefalse", "type: yesno", "quiz-bank.schema.json" },
        { "kk/offender/quiz.yml", "    level: recall", "    level: hard", "quiz-bank.schema.json" },
        { "kk/offender/quiz.yml", "    answer: true", "    answer: maybe", "quiz-bank.schema.json" },
        { "course.yml", "editor: true", "editor: sometimes", "course.schema.json" },
        { "course.yml", "id: cyber-criminology", "id: Cyber Criminology", "course.schema.json" },
    };

    [Theory]
    [MemberData(nameof(BadSamples))]
    public async Task TheSchemaAndTheBuildBothRejectAKnownBadSample(string file, string find, string replace, string schemaName)
    {
        using var course = new TempFolder();
        TempFolder.Copy(Repo.Input, course.Path);
        string path = course.Combine(file.Split('/'));
        string text = File.ReadAllText(path);
        Assert.Contains(find, text, StringComparison.Ordinal);
        int at = text.IndexOf(find, StringComparison.Ordinal);
        text = text[..at] + replace + text[(at + find.Length)..];
        File.WriteAllText(path, text);

        string yaml = file.EndsWith(".md", StringComparison.Ordinal) ? YamlJson.FrontMatterOf(text) : text;
        Assert.False(Evaluate(Load(schemaName), YamlJson.Convert(yaml)).IsValid, "the schema accepts it");

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(course.Path, Repo.Theme), TestContext.Current.CancellationToken);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.File.EndsWith(Path.GetFileName(file), StringComparison.Ordinal));
    }
}
