namespace Course.Core.IO;

/// <summary>A 1-based line and column in a source file.</summary>
public sealed record TextPosition(int Line, int Column);
