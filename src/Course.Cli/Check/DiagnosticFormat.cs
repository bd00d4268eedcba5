namespace Course.Cli.Check;

/// <summary>How <c>course check</c> prints its findings: for a person, for a program, or for GitHub Actions.</summary>
public enum DiagnosticFormat
{
    Text,
    Json,
    Github,
}
