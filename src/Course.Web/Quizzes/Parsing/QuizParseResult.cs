using Course.Core.Diagnostics;

namespace Course.Web.Quizzes.Parsing;

/// <summary>The parsed bank (null when the file has errors) and every problem found, errors and warnings.</summary>
public sealed record QuizParseResult(QuizBank? Bank, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}
