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

    /// <summary>
    /// An exception the generator did not expect while processing a file: named with the file, without a
    /// stack trace (COURSE_DEBUG=1 prints it), so the author knows where to look.
    /// </summary>
    public static Diagnostic Unexpected(string file, Exception exception) =>
        Error(file, 1, 1, $"The generator could not process this file ({exception.GetType().Name}: {exception.Message}).",
            "Look for an unusual construct in this file (deep nesting, a very long line, unusual YAML) and simplify it; if the file looks right, report this message (COURSE_DEBUG=1 shows the details).");

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public override string ToString()
    {
        string kind = IsError ? "error" : "warning";
        string text = $"{File}:{Line}:{Column}: {kind}: {Message}";
        return Fix is null ? text : $"{text} Fix: {Fix}";
    }
}
