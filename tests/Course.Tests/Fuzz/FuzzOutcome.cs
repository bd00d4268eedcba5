using Course.Core.Diagnostics;

namespace Course.Tests.Fuzz;

/// <summary>What one fuzz case did: its time, its failure (null when the build behaved) and the diagnostics it reported.</summary>
public sealed record FuzzOutcome(FuzzCase Case, TimeSpan Elapsed, string? Failure, IReadOnlyList<Diagnostic> Diagnostics);
