using Course.Web.Quizzes.Kinds;

namespace Course.Web.Quizzes.Parsing;

/// <summary>
/// Warns about keys a question does not use: typos of the common keys (with a "did you mean"), and
/// answer keys of another type, e.g. <c>options</c> on a true/false question.
/// </summary>
internal static class QuestionKeyChecker
{
    public static void WarnUnknownKeys(QuizFieldReader fields, QuizKind? type)
    {
        string expected = type?.AnswerKey ?? string.Empty;
        foreach ((string name, SourcePosition position) in fields.Map.Keys)
        {
            if (QuizKeys.Common.Contains(name, StringComparer.Ordinal) || name == expected
                || (type is null && QuizKeys.TypeSpecific.Contains(name, StringComparer.Ordinal)))
            {
                continue;
            }

            if (QuizKeys.TypeSpecific.Contains(name, StringComparer.Ordinal))
            {
                fields.Sink.Warning(position, $"'{name}' is not used by a {type!.Name} question ({fields.Subject}) and is ignored",
                    $"a {type.Name} question takes '{expected}': remove '{name}' or change `type:`");
                continue;
            }

            IEnumerable<string> allowed = type is null ? QuizKeys.Common.Concat(QuizKeys.TypeSpecific) : QuizKeys.Common.Append(expected);
            fields.Sink.Warning(position, $"unknown key '{name}' in {fields.Subject} is ignored{CloseMatches.Hint(name, allowed)}",
                $"a question has: {string.Join(", ", QuizKeys.Common)} and, by type, {string.Join(", ", QuizKeys.TypeSpecific)}");
        }
    }
}
