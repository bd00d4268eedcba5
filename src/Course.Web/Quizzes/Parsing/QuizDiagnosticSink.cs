using Course.Core.Diagnostics;

namespace Course.Web.Quizzes.Parsing;

/// <summary>Collects the diagnostics of one bank file, in the order they are found.</summary>
internal sealed class QuizDiagnosticSink(string file)
{
    private readonly List<Diagnostic> items = [];

    public IReadOnlyList<Diagnostic> Items => items;

    public int ErrorCount => items.Count(d => d.IsError);

    public void Error(SourcePosition at, string message, string fix) =>
        items.Add(Diagnostic.Error(file, at.Line, at.Column, message, fix));

    public void Warning(SourcePosition at, string message, string fix) =>
        items.Add(Diagnostic.Warning(file, at.Line, at.Column, message, fix));
}
