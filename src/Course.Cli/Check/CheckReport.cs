namespace Course.Cli.Check;

/// <summary>What <c>course check --format json</c> writes: counts first, then every finding in build order.</summary>
public sealed record CheckReport(int Errors, int Warnings, IReadOnlyList<CheckFinding> Diagnostics);
