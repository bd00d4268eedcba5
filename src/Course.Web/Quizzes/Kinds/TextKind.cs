using System.Text.Encodings.Web;
using Course.Web.Editor;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;
using Course.Web.Text;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Kinds;

/// <summary>
/// <c>text</c>: a short typed answer, accepted when it equals one of <c>answers</c> once folded by
/// <see cref="QuizAnswerNormalizer"/> (and by its twin in quiz.js).
/// </summary>
public sealed class TextKind : QuizKind
{
    private const string Fix = "add `answers: [<the answer>, <another accepted form>]`";

    public override string Name => "text";

    public override string AnswerKey => "answers";

    public override string EditorLabel => "Short typed answer";

    public override IReadOnlyList<EditorField> AnswerFields { get; } = [new("answers", "Accepted answers", "list")];

    public override IEnumerable<string> StringKeys => ["your-answer"];

    internal override QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
    {
        IReadOnlyList<YamlNode>? nodes = fields.RequiredList("answers", Fix, allowSingleText: true);
        if (nodes is null)
        {
            return question;
        }

        if (nodes.Count == 0)
        {
            fields.Sink.Error(fields.Map.KeyPosition("answers"), $"text {fields.Subject} has an empty 'answers' list", Fix);
            return question;
        }

        var answers = new List<string>();
        var folded = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (YamlNode node in nodes)
        {
            SourcePosition at = YamlMapping.PositionOf(node);
            string? answer = YamlMapping.TextOf(node);
            if (answer is null)
            {
                fields.Sink.Error(at, $"an answer of {fields.Subject} is empty or not a text", "write each accepted answer as a text in the list");
                continue;
            }

            string key = QuizAnswerNormalizer.Normalize(answer);
            if (key.Length == 0)
            {
                fields.Sink.Error(at, $"answer '{answer}' of {fields.Subject} has no letters or digits, so nothing typed can match it",
                    "write the answer in letters or digits");
            }
            else if (folded.TryGetValue(key, out string? earlier))
            {
                fields.Sink.Warning(at, $"answers '{earlier}' and '{answer}' of {fields.Subject} are the same once case, spaces, punctuation and Kazakh letters are folded",
                    $"remove '{answer}': typing it is already accepted");
            }
            else
            {
                folded.Add(key, answer);
            }

            answers.Add(answer);
        }

        return question with { Answers = answers };
    }

    internal override string AnswerJson(QuizQuestion question) => JsonText.Array(question.Answers, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    internal override void WriteInputs(QuizInputWriter writer, QuizQuestion question, string baseId) =>
        writer.Output.Append("<div class=\"quiz-text\"><label for=\"").Append(baseId).Append("-input\">")
            .Append(Html.Escape(writer.Strings["your-answer"])).Append("</label> <input type=\"text\" id=\"").Append(baseId)
            .Append("-input\" name=\"").Append(baseId)
            .Append("\" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" data-quiz-text></div>\n");

    internal override void WriteKey(QuizAnswerWriter writer, QuizQuestion question) =>
        writer.WriteList("ul", question.Answers.Select(Html.Escape));
}
