namespace Course.Core.Documents;

/// <summary>Engine-level metadata keys.</summary>
public static class Keys
{
    public const string Title = "title";
    public const string Description = "description";
    public const string Order = "order";
    /// <summary>Number of lines before the body (the front matter block), so positions in the body map back to the file.</summary>
    public const string BodyLineOffset = nameof(BodyLineOffset);
    /// <summary>Path shown in diagnostics (relative to the working directory when possible).</summary>
    public const string DisplayPath = nameof(DisplayPath);
    /// <summary>Line (1-based) of each front matter key, for diagnostics about its value.</summary>
    public const string FrontMatterLines = nameof(FrontMatterLines);
    /// <summary>Where each front matter value starts (<see cref="IO.TextPosition"/>), for diagnostics about its type.</summary>
    public const string FrontMatterPositions = nameof(FrontMatterPositions);
}
