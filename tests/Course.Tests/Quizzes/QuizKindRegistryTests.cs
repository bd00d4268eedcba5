using System.Text.Json.Nodes;
using Course.Tests.Support;
using Course.Web.Editor;
using Course.Web.Quizzes.Kinds;
using Jint;

namespace Course.Tests.Quizzes;

/// <summary>
/// #18.2: the quiz kinds are listed once, in <see cref="QuizKinds.All"/>; everything else that names the kinds
/// agrees with that registry, so a kind added there and missing elsewhere fails here, naming the place.
/// </summary>
public sealed class QuizKindRegistryTests
{
    private static IEnumerable<string> Names => QuizKinds.All.Select(kind => kind.Name);

    [Fact]
    public void The_browser_editor_offers_every_kind_with_its_answer_field()
    {
        EditorField questions = Assert.Single(EditorFields.QuizBank(), f => f.Name == "questions");

        Assert.Equal("type", questions.TypeKey);
        Assert.Equal(Names, questions.Types.Select(t => t.Name));
        foreach ((QuizKind kind, EditorItemType type) in QuizKinds.All.Zip(questions.Types))
        {
            Assert.Contains(type.Fields, f => f.Name == kind.AnswerKey);
            Assert.Contains(type.Fields, f => f.Name == "question");
            Assert.False(string.IsNullOrWhiteSpace(type.Label), kind.Name);
        }
    }

    [Fact]
    public void The_quiz_bank_schema_knows_every_kind_and_requires_its_answer_key()
    {
        JsonNode question = JsonNode.Parse(Repo.ReadText("schemas", "quiz-bank.schema.json"))!["definitions"]!["question"]!;

        Assert.Equal(Names, question["properties"]!["type"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
        foreach (QuizKind kind in QuizKinds.All)
        {
            Assert.True(question["properties"]![kind.AnswerKey] is not null, $"schemas/quiz-bank.schema.json has no property '{kind.AnswerKey}' for kind '{kind.Name}'");
            bool required = question["allOf"]!.AsArray().Any(branch =>
                KindsOf(branch!["if"]!["properties"]!["type"]!).Contains(kind.Name)
                && branch["then"]!["required"]!.AsArray().Any(n => n!.GetValue<string>() == kind.AnswerKey));
            Assert.True(required, $"schemas/quiz-bank.schema.json does not require '{kind.AnswerKey}' when type is '{kind.Name}' (add an allOf branch)");
        }
    }

    [Fact]
    public void The_kinds_table_of_quiz_js_has_an_entry_for_every_kind_and_no_other()
    {
        var engine = new Engine();
        engine.Execute(Repo.ReadText("theme", "assets/js/format.js"));
        engine.Execute(Repo.ReadText("theme", "assets/js/fold.js"));
        engine.Execute(Repo.ReadText("theme", "assets/js/quiz.js"));

        string[] table = [.. engine.Evaluate("Object.keys(CourseQuiz.kinds).join(',')").AsString().Split(',')];

        Assert.Equal(Names.Order(StringComparer.Ordinal), table.Order(StringComparer.Ordinal));
        foreach (string name in Names)
        {
            Assert.Equal("function,function,function,function,function", engine.Evaluate($"['read', 'answered', 'check', 'write', 'marks'].map(function (f) {{ return typeof CourseQuiz.kinds['{name}'][f]; }}).join(',')").AsString());
        }
    }

    [Fact]
    public void The_authors_documentation_describes_every_kind()
    {
        string docs = Repo.ReadText("docs", "quizzes.md");

        Assert.All(Names, name => Assert.Contains($"  # {name}: ", docs, StringComparison.Ordinal));
        Assert.Contains("# " + string.Join(" | ", Names) + "\n", docs, StringComparison.Ordinal);
    }

    private static IEnumerable<string> KindsOf(JsonNode type) =>
        type["const"] is { } single ? [single.GetValue<string>()] : type["enum"]!.AsArray().Select(n => n!.GetValue<string>());
}
