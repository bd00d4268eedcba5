namespace Course.Cli.Check;

/// <summary>One diagnostic as <c>course check --format json</c> writes it.</summary>
public sealed record CheckFinding(string Severity, string File, int Line, int Column, string Message, string? Fix);
