using System.Globalization;
using Course.Web.Editor;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;
using Course.Web.Text;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Kinds;

/// <summary>
/// <c>matching</c>: <c>pairs</c> written in the right pairing; each left item gets a list box of the
/// right items in a shuffled order. The answer key is, per left item, the index of its right item.
/// </summary>
public sealed class MatchingKind : QuizKind
{
    private const string PairsFix = "list the pairs as `- { left: …, right: … }`, written in the right pairing";

    public override string Name => "matching";

    public override string AnswerKey => "pairs";

    public override string EditorLabel => "Matching pairs";

    public override IReadOnlyList<EditorField> AnswerFields { get; } =
        [new("pairs", "Pairs", "list") { Fields = [new("left", "Left", "string"), new("right", "Right", "string")] }];

    public override string? HintKey => "hint-matching";

    public override IEnumerable<string> StringKeys => [HintKey!, QuizInputWriter.ChooseKey];

    internal override QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
    {
        IReadOnlyList<YamlNode>? nodes = fields.RequiredList("pairs", PairsFix);
        if (nodes is null)
        {
            return question;
        }

        var pairs = new List<QuizPair>();
        for (int i = 0; i < nodes.Count; i++)
        {
            if (ReadPair(nodes[i], i + 1, fields) is { } pair)
            {
                pairs.Add(pair);
            }
        }

        if (nodes.Count < 2)
        {
            fields.Sink.Error(fields.Map.KeyPosition("pairs"), $"matching {fields.Subject} has {nodes.Count} pair(s); it needs at least two",
                "add pairs, or make it a single-choice question");
        }

        CheckRepeats(fields, pairs, pair => pair.Left, "left");
        CheckRepeats(fields, pairs, pair => pair.Right, "right");
        return question with { Pairs = pairs };
    }

    internal override string AnswerJson(QuizQuestion question) => JsonText.Array(Enumerable.Range(0, question.Pairs.Count));

    internal override void WriteInputs(QuizInputWriter writer, QuizQuestion question, string baseId)
    {
        int[] order = QuizShuffle.Order(question.Id, question.Pairs.Count);
        var rights = order.Select(index => (Value: index.ToString(CultureInfo.InvariantCulture), Text: QuizMarkdown.ToPlainText(question.Pairs[index].Right)));
        writer.Output.Append("<div class=\"quiz-rows\">\n");
        for (int left = 0; left < question.Pairs.Count; left++)
        {
            writer.WriteSelectRow($"{baseId}-{left}", "data-left", left, QuizMarkdown.ToHtml(question.Pairs[left].Left), rights);
        }

        writer.Output.Append("</div>\n");
    }

    internal override void WriteKey(QuizAnswerWriter writer, QuizQuestion question) =>
        writer.WriteList("ul", question.Pairs.Select(p => $"{QuizMarkdown.ToHtml(p.Left)} — {QuizMarkdown.ToHtml(p.Right)}"));

    private static QuizPair? ReadPair(YamlNode node, int number, QuizFieldReader question)
    {
        string subject = $"pair {number} of {question.Subject}";
        if (node is not YamlMappingNode mapping)
        {
            question.Sink.Error(YamlMapping.PositionOf(node), $"{subject} must be a mapping with 'left' and 'right'", PairsFix);
            return null;
        }

        YamlMapping map = YamlMapping.Of(mapping);
        var fields = new QuizFieldReader(map, subject, question.Sink);
        fields.CheckUnknownKeys(QuizKeys.Pair, "a pair has: left and right");
        bool hasLeft = !map.IsMissing("left");
        bool hasRight = !map.IsMissing("right");
        if (hasLeft != hasRight)
        {
            string missing = hasLeft ? "right" : "left";
            question.Sink.Error(map.Position, $"{subject} has no '{missing}', so the two lists are unequal",
                "give every pair both sides: `- { left: …, right: … }`");
            return null;
        }

        string? left = fields.RequiredText("left", PairsFix);
        string? right = fields.RequiredText("right", PairsFix);
        return left is null || right is null ? null : new QuizPair(left, right, map.Position);
    }

    private static void CheckRepeats(QuizFieldReader fields, List<QuizPair> pairs, Func<QuizPair, string> side, string name)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (QuizPair pair in pairs.Where(pair => !seen.Add(side(pair))))
        {
            fields.Sink.Error(pair.Position, $"{fields.Subject} has the {name} item '{side(pair)}' twice, so the answer is ambiguous",
                $"make every {name} item different");
        }
    }
}
