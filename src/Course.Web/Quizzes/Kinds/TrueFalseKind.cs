using Course.Web.Editor;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Kinds;

/// <summary><c>truefalse</c>: a statement with <c>answer: true</c> or <c>answer: false</c>; two radio buttons in a fixed order.</summary>
public sealed class TrueFalseKind : QuizKind
{
    public override string Name => "truefalse";

    public override string AnswerKey => "answer";

    public override string EditorLabel => "True or false";

    public override IReadOnlyList<EditorField> AnswerFields { get; } = [new("answer", "The statement is true", "boolean", "duplicate", Required: false)];

    public override IEnumerable<string> StringKeys => ["true", "false"];

    internal override QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
    {
        const string Fix = "write `answer: true` if the statement is true, `answer: false` if it is false";
        YamlNode? value = fields.Map.Value("answer");
        if (value is null || YamlMapping.IsEmpty(value))
        {
            fields.Sink.Error(fields.Map.Position, $"true/false {fields.Subject} has no 'answer'", Fix);
            return question;
        }

        bool? answer = YamlMapping.BooleanOf(value);
        if (answer is null)
        {
            string shown = YamlMapping.TextOf(value) ?? QuizFieldReader.KindOf(value);
            fields.Sink.Error(YamlMapping.PositionOf(value), $"'answer' of true/false {fields.Subject} must be true or false, not '{shown}'", Fix);
        }

        return question with { Answer = answer };
    }

    internal override string AnswerJson(QuizQuestion question) => question.Answer == true ? "true" : "false";

    internal override void WriteInputs(QuizInputWriter writer, QuizQuestion question, string baseId) =>
        writer.WriteChoices("radio", baseId,
            [("true", Html.Escape(writer.Strings["true"])), ("false", Html.Escape(writer.Strings["false"]))], reshuffle: false);

    internal override void WriteKey(QuizAnswerWriter writer, QuizQuestion question) =>
        writer.WriteParagraph(Html.Escape(writer.Strings[question.Answer == true ? "true" : "false"]));
}
