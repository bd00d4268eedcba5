using System.Globalization;
using Course.Web.Editor;
using Course.Web.Quizzes.Parsing;
using Course.Web.Quizzes.Rendering;
using Course.Web.Text;
using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Kinds;

/// <summary>
/// <c>ordering</c>: <c>items</c> written in the right order, shown shuffled, each with a list box of
/// positions. The answer key is the item indexes in order.
/// </summary>
public sealed class OrderingKind : QuizKind
{
    private const string Fix = "list the items in the right order: `items: [first, second, third]`";

    public override string Name => "ordering";

    public override string AnswerKey => "items";

    public override string EditorLabel => "Put in order";

    public override IReadOnlyList<EditorField> AnswerFields { get; } = [new("items", "Items in the right order", "list")];

    public override string? HintKey => "hint-ordering";

    public override IEnumerable<string> StringKeys => [HintKey!, QuizInputWriter.ChooseKey];

    internal override QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
    {
        IReadOnlyList<YamlNode>? nodes = fields.RequiredList("items", Fix);
        if (nodes is null)
        {
            return question;
        }

        if (nodes.Count < 2)
        {
            fields.Sink.Error(fields.Map.KeyPosition("items"), $"ordering {fields.Subject} has {nodes.Count} item(s); it needs at least two", Fix);
        }

        var items = new List<string>();
        foreach (YamlNode node in nodes)
        {
            SourcePosition at = YamlMapping.PositionOf(node);
            string? item = YamlMapping.TextOf(node);
            if (item is null)
            {
                fields.Sink.Error(at, $"an item of {fields.Subject} is empty or not a text", Fix);
            }
            else if (items.Contains(item, StringComparer.Ordinal))
            {
                fields.Sink.Error(at, $"{fields.Subject} has the item '{item}' twice, so the order is ambiguous", "make every item different");
            }
            else
            {
                items.Add(item);
            }
        }

        return question with { Items = items };
    }

    internal override string AnswerJson(QuizQuestion question) => JsonText.Array(Enumerable.Range(0, question.Items.Count));

    internal override void WriteInputs(QuizInputWriter writer, QuizQuestion question, string baseId)
    {
        int count = question.Items.Count;
        var positions = Enumerable.Range(1, count).Select(p => p.ToString(CultureInfo.InvariantCulture)).Select(p => (p, p));
        writer.Output.Append("<div class=\"quiz-rows\" data-quiz-shuffle>\n");
        foreach (int item in QuizShuffle.Order(question.Id, count))
        {
            writer.WriteSelectRow($"{baseId}-{item}", "data-item", item, QuizMarkdown.ToHtml(question.Items[item]), positions);
        }

        writer.Output.Append("</div>\n");
    }

    internal override void WriteKey(QuizAnswerWriter writer, QuizQuestion question) =>
        writer.WriteList("ol", question.Items.Select(QuizMarkdown.ToHtml));
}
