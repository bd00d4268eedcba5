using YamlDotNet.RepresentationModel;

namespace Course.Web.Quizzes.Parsing;

/// <summary>Reads the boolean <c>answer</c> of a true/false question.</summary>
internal static class TrueFalseReader
{
    public static QuizQuestion Read(QuizFieldReader fields, QuizQuestion question)
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
}
