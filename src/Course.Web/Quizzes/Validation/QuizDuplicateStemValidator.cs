using Course.Core.Diagnostics;

namespace Course.Web.Quizzes.Validation;

/// <summary>
/// Warns when two questions of one language ask the same thing: the same stem once whitespace and case
/// are folded. Usually a question copied into another chapter's bank, where the student meets it twice.
/// </summary>
public static class QuizDuplicateStemValidator
{
    /// <param name="banks">The banks of one language; the first occurrence (by bank path, then position) is kept as the original.</param>
    public static IReadOnlyList<Diagnostic> Validate(IEnumerable<QuizBank> banks)
    {
        var diagnostics = new List<Diagnostic>();
        var first = new Dictionary<string, (QuizBank Bank, QuizQuestion Question)>(StringComparer.Ordinal);
        foreach (QuizBank bank in banks.OrderBy(b => b.SourcePath, StringComparer.Ordinal))
        {
            foreach (QuizQuestion question in bank.Questions)
            {
                string stem = Fold(question.Text);
                if (first.TryAdd(stem, (bank, question)))
                {
                    continue;
                }

                (QuizBank originalBank, QuizQuestion original) = first[stem];
                diagnostics.Add(Diagnostic.Warning(bank.SourcePath, question.Position.Line, question.Position.Column,
                    $"question '{question.Id}' asks the same as question '{original.Id}' at {originalBank.SourcePath}:{original.Position}",
                    "keep the question in one chapter's bank and ask something else here, or reword one of them"));
            }
        }

        return diagnostics;
    }

    /// <summary>Whitespace runs become one space, ends trimmed, case folded invariantly.</summary>
    public static string Fold(string stem) =>
        string.Join(' ', stem.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
