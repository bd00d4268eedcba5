namespace Course.Tests.Support;

/// <summary>Locates the repository (the folder with Course.sln) from the test's working directory.</summary>
public static class Repo
{
    public static string Root { get; } = Find();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    private static string Find()
    {
        string? directory = AppContext.BaseDirectory;
        while (directory is not null && !File.Exists(Path.Combine(directory, "Course.sln")))
        {
            directory = Path.GetDirectoryName(directory);
        }

        return directory ?? throw new InvalidOperationException("Course.sln not found above the test directory.");
    }
}
