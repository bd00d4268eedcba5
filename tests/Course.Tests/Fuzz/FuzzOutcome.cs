using Course.Core.Diagnostics;

namespace Course.Tests.Fuzz;

/// <summary>
/// What one fuzz case did: its wall-clock time, the process's CPU time for it (what the machine's load does
/// not inflate), its failure (null when the build behaved) and the diagnostics it reported.
/// </summary>
public sealed record FuzzOutcome(FuzzCase Case, TimeSpan Elapsed, TimeSpan Cpu, string? Failure, IReadOnlyList<Diagnostic> Diagnostics);
