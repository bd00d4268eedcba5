using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;

namespace Course.Web.Quizzes.Kinds;

/// <summary><c>multiple</c>: check boxes; the student must tick exactly the right ones (at least one).</summary>
public sealed class MultipleChoiceKind : ChoiceKind
{
    public override string Name => "multiple";

    public override string EditorLabel => "Several right options";

    public override string? HintKey => "hint-multiple";

    protected override string InputType => "checkbox";

    internal override void CheckRightOptions(QuizFieldReader fields, int right, SourcePosition at)
    {
        if (right == 0)
        {
            fields.Sink.Error(at, $"multiple-choice {fields.Subject} has no right option; it needs at least one",
                "mark every right option with `correct: true`");
        }
    }

    internal override void WriteKey(QuizAnswerWriter writer, QuizQuestion question) =>
        writer.WriteList("ul", question.Options.Where(o => o.IsCorrect).Select(o => QuizMarkdown.ToHtml(o.Text)));
}
