using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Parsing;

/// <summary>Reads the <c>items</c> of an ordering question, written in the right order: at least two, all different.</summary>
internal static class OrderingReader
{
    private const string Fix = "list the items in the right order: `items: [first, second, third]`";

    public static QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
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
}
