using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;

namespace Course.Web.Quizzes.Kinds;

/// <summary><c>single</c>: exactly one right option among radio buttons.</summary>
public sealed class SingleChoiceKind : ChoiceKind
{
    public override string Name => "single";

    public override string EditorLabel => "One right option";

    protected override string InputType => "radio";

    internal override void CheckRightOptions(QuizFieldReader fields, int right, SourcePosition at)
    {
        if (right == 0)
        {
            fields.Sink.Error(at, $"single-choice {fields.Subject} has no right option; it needs exactly one",
                "mark the right option with `correct: true`");
        }
        else if (right > 1)
        {
            fields.Sink.Error(at, $"single-choice {fields.Subject} has {right} right options; it needs exactly one",
                "keep `correct: true` on one option only, or change the question to `type: multiple`");
        }
    }

    internal override void WriteKey(QuizAnswerWriter writer, QuizQuestion question) =>
        writer.WriteParagraph(QuizMarkdown.ToHtml(question.Options.First(o => o.IsCorrect).Text));
}
