using Course.Core.Diagnostics;

namespace Course.Web.Quizzes.Validation;

/// <summary>
/// Compares a translated bank with its source bank: the same question ids, each of the same type.
/// Differences are warnings, like the other translation checks of the build.
/// </summary>
public static class QuizTranslationValidator
{
    public static IReadOnlyList<Diagnostic> Compare(QuizBank source, QuizBank translation)
    {
        var diagnostics = new List<Diagnostic>();
        Dictionary<string, QuizQuestion> translated = translation.Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        var sourceIds = new HashSet<string>(source.Questions.Select(q => q.Id), StringComparer.Ordinal);
        foreach (QuizQuestion question in source.Questions.Where(q => !translated.ContainsKey(q.Id)))
        {
            diagnostics.Add(Warn(source, question, $"question '{question.Id}' is missing from {translation.SourcePath}",
                "translate it there with the same id"));
        }

        foreach (QuizQuestion question in translation.Questions)
        {
            if (!sourceIds.Contains(question.Id))
            {
                diagnostics.Add(Warn(translation, question, $"question '{question.Id}' is not in the source bank {source.SourcePath}",
                    "use the id of the source question it translates, or add the question to the source bank"));
            }
            else if (source.Questions.First(q => q.Id == question.Id).Kind is var kind && kind != question.Kind)
            {
                diagnostics.Add(Warn(translation, question,
                    $"question '{question.Id}' is {question.Kind.Name} here but {kind.Name} in {source.SourcePath}",
                    "give the translation the type of the source question"));
            }
        }

        return diagnostics;
    }

    private static Diagnostic Warn(QuizBank bank, QuizQuestion question, string message, string fix) =>
        Diagnostic.Warning(bank.SourcePath, question.Position.Line, question.Position.Column, message, fix);
}
