namespace Course.Core.Diagnostics;

/// <summary>
/// A problem in the course's input, located at file:line:column (1-based), with what to do about it.
/// </summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string File, int Line, int Column, string Message, string? Fix = null)
{
    public static Diagnostic Error(string file, int line, int column, string message, string? fix = null) =>
        new(DiagnosticSeverity.Error, file, line, column, message, fix);

    public static Diagnostic Warning(string file, int line, int column, string message, string? fix = null) =>
        new(DiagnosticSeverity.Warning, file, line, column, message, fix);

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        string kind = IsError ? "error" : "warning";
        string text = $"{File}:{Line}:{Column}: {kind}: {Message}";
        return Fix is null ? text : $"{text} Fix: {Fix}";
    }
}
