using YamlDotNet.RepresentationModel;

namespace Course.Tests.Quizzes;

/// <summary>Files of the repository the quiz tests read: the theme's script and UI strings.</summary>
internal static class QuizTestFiles
{
    public static string Root { get; } = FindRoot();

    public static string Theme(string relativePath) => File.ReadAllText(Path.Combine(Root, "theme", relativePath));

    /// <summary>A flat <c>key: value</c> i18n file as a dictionary.</summary>
    public static IReadOnlyDictionary<string, string> Strings(string lang, string file = "quiz")
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(Theme($"i18n/{lang}/{file}.yml")));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.ToDictionary(
            entry => ((YamlScalarNode)entry.Key).Value!,
            entry => ((YamlScalarNode)entry.Value).Value!,
            StringComparer.Ordinal);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Course.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Course.sln not found above " + AppContext.BaseDirectory);
    }
}
