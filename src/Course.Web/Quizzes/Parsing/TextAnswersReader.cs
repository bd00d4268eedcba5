using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Parsing;

/// <summary>Reads the accepted <c>answers</c> of a text question and checks they stay distinct once folded.</summary>
internal static class TextAnswersReader
{
    private const string Fix = "add `answers: [<the answer>, <another accepted form>]`";

    public static QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
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
}
