namespace Course.Tests.Search;

/// <summary>Finds files of the repository from the test's output folder (the root holds Course.sln).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string LunrScript => NodeModule("lunr", "lunr.js");

    public static string Theme(params string[] parts) => Path.Combine([Root, "theme", .. parts]);

    public static string NodeModule(params string[] parts)
    {
        string path = Theme(["node_modules", .. parts]);
        if (!File.Exists(path))
        {
            Assert.Fail($"{path} is missing: run `npm ci --prefix theme` in the repository root first.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Course.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Course.sln above {AppContext.BaseDirectory}.");
    }
}
