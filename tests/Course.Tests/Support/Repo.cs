namespace Course.Tests.Support;

/// <summary>
/// The repository (the folder with Course.sln, found from the test's working directory upwards) and the
/// files tests read from it: the one place tests locate the repository.
/// </summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>The source dissertation, beside the repository (../shared/seeds), as the project's machines keep it.</summary>
    public static string SeedText { get; } = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "shared", "seeds", "000_5896b11f6f0aeb5c.txt"));

    /// <summary>lunr.js as npm installs it into theme/node_modules.</summary>
    public static string LunrScript => NodeModule("lunr", "lunr.js");

    /// <summary>A path below the repository root.</summary>
    public static string File(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A path below theme/.</summary>
    public static string ThemeFile(params string[] parts) => System.IO.Path.Combine([Theme, .. parts]);

    /// <summary>The text of a file below the repository root.</summary>
    public static string ReadText(params string[] parts) => System.IO.File.ReadAllText(File(parts));

    /// <summary>A file from theme/node_modules; fails with the command that installs it when it is missing.</summary>
    public static string NodeModule(params string[] parts)
    {
        string path = ThemeFile(["node_modules", .. parts]);
        if (!System.IO.File.Exists(path))
        {
            Assert.Fail($"{path} is missing: run `npm ci --prefix theme` in the repository root first.");
        }

        return path;
    }

    private static string Find()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !System.IO.File.Exists(System.IO.Path.Combine(directory, "Course.sln")))
        {
            directory = System.IO.Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Course.sln not found above " + AppContext.BaseDirectory);
    }
}
