using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Parsing;

/// <summary>Reads the <c>options</c> of a single- or multiple-choice question and checks the right ones.</summary>
internal static class ChoiceReader
{
    private const string OptionsFix = "add `options:` with at least two `- text: …` entries and mark the right one(s) with `correct: true`";

    public static QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
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
            CheckRightOptions(fields, question.Type, options, at);
            CheckDuplicates(fields, options);
        }

        return question with { Options = options };
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

    private static void CheckRightOptions(QuizFieldReader fields, QuizQuestionType type, List<QuizOption> options, SourcePosition at)
    {
        int right = options.Count(option => option.IsCorrect);
        if (type == QuizQuestionType.Single && right == 0)
        {
            fields.Sink.Error(at, $"single-choice {fields.Subject} has no right option; it needs exactly one",
                "mark the right option with `correct: true`");
        }
        else if (type == QuizQuestionType.Single && right > 1)
        {
            fields.Sink.Error(at, $"single-choice {fields.Subject} has {right} right options; it needs exactly one",
                "keep `correct: true` on one option only, or change the question to `type: multiple`");
        }
        else if (type == QuizQuestionType.Multiple && right == 0)
        {
            fields.Sink.Error(at, $"multiple-choice {fields.Subject} has no right option; it needs at least one",
                "mark every right option with `correct: true`");
        }
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
