using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Parsing;

/// <summary>
/// Parses a quiz bank (docs/quizzes.md) into a <see cref="QuizBank"/>, reporting every problem with
/// file:line:column and its fix. Broken input never throws: the result then has no bank.
/// Whether each <c>section</c> exists is checked afterwards by <see cref="Validation.QuizSectionValidator"/>.
/// </summary>
public static class QuizBankParser
{
    private const string QuestionsFix = "list the questions under `questions:`, each starting with `- id: …`";

    public static QuizParseResult Parse(string displayPath, string yamlText)
    {
        var sink = new QuizDiagnosticSink(displayPath);
        QuizBank? bank = Load(yamlText, sink) is { } root ? ReadBank(displayPath, root, sink) : null;
        return new QuizParseResult(sink.ErrorCount > 0 ? null : bank, sink.Items);
    }

    private static YamlNode? Load(string yamlText, QuizDiagnosticSink sink)
    {
        YamlStream stream;
        try
        {
            stream = Course.Core.IO.YamlValues.Load(yamlText); // duplicate keys and unclosed collections as YamlExceptions too
        }
        catch (YamlException exception)
        {
            sink.Error(new SourcePosition((int)exception.Start.Line, (int)exception.Start.Column),
                $"the YAML cannot be read: {Course.Core.IO.YamlValues.Explain(exception)}",
                "check the indentation and quotes here and on the line above; put a text in double quotes when it contains ': ' or ' #', or starts with one of [ ] { } * & ! | > ' \" % @ `");
            return null;
        }

        if (stream.Documents.Count == 0)
        {
            sink.Error(new SourcePosition(1, 1), "the quiz bank is empty", QuestionsFix);
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static QuizBank? ReadBank(string displayPath, YamlNode root, QuizDiagnosticSink sink)
    {
        if (root is not YamlMappingNode mapping)
        {
            sink.Error(YamlMapping.PositionOf(root), "a quiz bank must be a mapping with a 'questions:' list", QuestionsFix);
            return null;
        }

        var fields = new QuizFieldReader(YamlMapping.Of(mapping), "the quiz bank", sink);
        fields.CheckUnknownKeys(QuizKeys.Bank, "a quiz bank has: title (optional) and questions");
        string? title = fields.OptionalText("title", "write `title: <the quiz title>` or leave it out to use the chapter title");
        IReadOnlyList<YamlNode>? nodes = fields.RequiredList("questions", QuestionsFix);
        if (nodes is null)
        {
            return null;
        }

        if (nodes.Count == 0)
        {
            sink.Error(fields.Map.KeyPosition("questions"), "the quiz bank has no questions", QuestionsFix);
            return null;
        }

        var seenIds = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var questions = new List<QuizQuestion>();
        for (int i = 0; i < nodes.Count; i++)
        {
            if (QuizQuestionReader.Read(nodes[i], i + 1, seenIds, sink) is { } question)
            {
                questions.Add(question);
            }
        }

        return new QuizBank(displayPath, title, questions);
    }
}
