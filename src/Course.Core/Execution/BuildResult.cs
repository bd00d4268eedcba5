using Course.Core.Diagnostics;

namespace Course.Core.Execution;

/// <summary>What a run produced: the files to write (only committed when it succeeded) and what went wrong.</summary>
public sealed record BuildResult(
    IReadOnlyList<OutputFile> Files,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<PhaseTiming> Timings,
    IReadOnlyDictionary<string, IReadOnlyList<Course.Core.Documents.Document>> ProcessOutputs,
    TimeSpan Elapsed)
{
    /// <summary>Informational lines for the build summary (e.g. the translation status).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>A file could not be read or written (disk full, permissions): exit code 3, not a content error.</summary>
    public bool InputOutputFailed { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int ErrorCount => Diagnostics.Count(d => d.IsError);

    public int WarningCount => Diagnostics.Count(d => !d.IsError);
}
