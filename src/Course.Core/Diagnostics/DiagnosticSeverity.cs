namespace Course.Core.Diagnostics;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}
