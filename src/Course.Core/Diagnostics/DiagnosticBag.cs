using System.Collections.Concurrent;

namespace Course.Core.Diagnostics;

/// <summary>Collects diagnostics from concurrently running modules; reported sorted, so output is deterministic.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> items = [];

    public void Add(Diagnostic diagnostic) => items.Add(diagnostic);

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (Diagnostic diagnostic in diagnostics)
        {
            items.Add(diagnostic);
        }
    }

    public bool HasErrors => items.Any(d => d.IsError);

    public int ErrorCount => items.Count(d => d.IsError);

    public int WarningCount => items.Count(d => !d.IsError);

    public IReadOnlyList<Diagnostic> Sorted() =>
        items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
