namespace Course.Core.IO;

/// <summary>Paths as diagnostics show them: relative to the working directory when inside it.</summary>
public static class DisplayPaths
{
    public static string For(string fullPath)
    {
        string relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }
}
