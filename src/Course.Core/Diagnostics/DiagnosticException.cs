namespace Course.Core.Diagnostics;

/// <summary>An expected, already explained failure: the engine reports its diagnostic as is, without a stack trace.</summary>
public sealed class DiagnosticException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
