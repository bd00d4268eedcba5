using System.Globalization;
using Course.Web.Editor;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;
using Course.Web.Text;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Kinds;

/// <summary>
/// A question answered by ticking options (<c>options</c>, at least two, all different); the two
/// choice kinds differ in their control and in how many options must be right.
/// </summary>
public abstract class ChoiceKind : QuizKind
{
    private const string OptionsFix = "add `options:` with at least two `- text: …` entries and mark the right one(s) with `correct: true`";

    public override string AnswerKey => "options";

    public override IReadOnlyList<EditorField> AnswerFields { get; } =
    [
        new("options", "Options", "list")
        {
            Fields =
            [
                new("text", "Text", "string"),
                new("correct", "Right answer", "boolean", "duplicate", Required: false),
                new("feedback", "Feedback when chosen", "string", Required: false),
            ],
        },
    ];

    /// <summary>The input type of each option: <c>radio</c> or <c>checkbox</c>.</summary>
    protected abstract string InputType { get; }

    internal override QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
    {
        IReadOnlyList<YamlNode>? nodes = fields.RequiredList("options", OptionsFix);
        if (nodes is null)
        {
            return question;
        }

        SourcePosition at = fields.Map.KeyPosition("options");
        var options = new List<QuizOption>();
        bool allRead = true;
        for (int i = 0; i < nodes.Count; i++)
        {
            QuizOption? option = ReadOption(nodes[i], i + 1, fields);
            allRead &= option is not null;
            if (option is not null)
            {
                options.Add(option);
            }
        }

        if (nodes.Count < 2)
        {
            fields.Sink.Error(at, $"{fields.Subject} has {nodes.Count} option(s); a choice question needs at least two", OptionsFix);
        }
        else if (allRead)
        {
            CheckRightOptions(fields, options.Count(option => option.IsCorrect), at);
            CheckDuplicates(fields, options);
        }

        return question with { Options = options };
    }

    /// <summary>Reports a number of right options this kind does not allow.</summary>
    internal abstract void CheckRightOptions(QuizFieldReader fields, int right, SourcePosition at);

    internal override string AnswerJson(QuizQuestion question) => JsonText.Array(
        question.Options.Select((option, index) => (option, index)).Where(o => o.option.IsCorrect).Select(o => o.index));

    internal override void WriteInputs(QuizInputWriter writer, QuizQuestion question, string baseId)
    {
        var choices = QuizShuffle.Order(question.Id, question.Options.Count)
            .Select(index => (Value: index.ToString(CultureInfo.InvariantCulture), Html: QuizMarkdown.ToHtml(question.Options[index].Text)));
        writer.WriteChoices(InputType, baseId, choices, reshuffle: true);
    }

    private static QuizOption? ReadOption(YamlNode node, int number, QuizFieldReader question)
    {
        string subject = $"option {number} of {question.Subject}";
        if (node is not YamlMappingNode mapping)
        {
            question.Sink.Error(YamlMapping.PositionOf(node), $"{subject} must be a mapping with 'text:'",
                "write it as `- text: …`, adding `correct: true` to a right option");
            return null;
        }

        YamlMapping map = YamlMapping.Of(mapping);
        var fields = new QuizFieldReader(map, subject, question.Sink);
        fields.CheckUnknownKeys(QuizKeys.Option, "an option has: text, correct (true for a right option) and feedback");
        string? text = fields.RequiredText("text", "add `text: <the option as the student sees it>`");
        string? feedback = fields.OptionalText("feedback", "write `feedback: <why this option is right or wrong>`");
        bool correct = false;
        if (map.Value("correct") is { } value)
        {
            if (YamlMapping.BooleanOf(value) is { } flag)
            {
                correct = flag;
            }
            else
            {
                question.Sink.Error(YamlMapping.PositionOf(value), $"'correct' of {subject} must be true or false",
                    "write `correct: true` on a right option and leave it out on a wrong one");
                return null;
            }
        }

        return text is null ? null : new QuizOption(text, correct, feedback, map.Position);
    }

    private static void CheckDuplicates(QuizFieldReader fields, List<QuizOption> options)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (QuizOption option in options.Where(option => !seen.Add(option.Text)))
        {
            fields.Sink.Error(option.Position, $"{fields.Subject} has two options with the same text '{option.Text}'",
                "make every option different, or remove the repeated one");
        }
    }
}
