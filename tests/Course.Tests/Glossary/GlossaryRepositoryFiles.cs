namespace Course.Tests.Glossary;

/// <summary>Reads files of the repository (theme scripts, i18n) from the test's output folder upwards.</summary>
internal static class GlossaryRepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Read(params string[] relative) => File.ReadAllText(Path.Combine([Root, .. relative]));

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Course.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Course.sln not found above " + AppContext.BaseDirectory);
    }
}
