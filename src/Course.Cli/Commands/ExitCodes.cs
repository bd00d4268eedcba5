namespace Course.Cli.Commands;

/// <summary>The process exit codes (documented in README.md).</summary>
public static class ExitCodes
{
    public const int Built = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;

    /// <summary>A file could not be read or written (disk full, permissions); the output is left as it was.</summary>
    public const int InputOutputFailure = 3;
}
