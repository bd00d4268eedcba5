namespace Course.Tests.Stemming;

/// <summary>Finds the repository (the folder holding Course.sln) and the files the stemming tests read from it.</summary>
internal static class RepositoryFiles
{
    public const string SeedText = "/work/shared/seeds/000_5896b11f6f0aeb5c.txt";

    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>A file from theme/node_modules; fails with the command that installs it when it is missing.</summary>
    public static string NodeModule(params string[] parts)
    {
        string path = Path(["theme", "node_modules", .. parts]);
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing: run `npm ci --prefix theme` in the repository root first.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Course.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Course.sln above {AppContext.BaseDirectory}.");
    }
}
