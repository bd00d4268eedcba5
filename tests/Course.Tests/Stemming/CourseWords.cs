using System.Text.RegularExpressions;

namespace Course.Tests.Stemming;

/// <summary>The distinct lowercase Cyrillic words of the seed text and of the course's input/**/*.md, in ordinal order.</summary>
internal static partial class CourseWords
{
    public static IReadOnlyList<string> FromSeed() =>
        File.Exists(RepositoryFiles.SeedText) ? Distinct([File.ReadAllText(RepositoryFiles.SeedText)]) : [];

    public static IReadOnlyList<string> FromInput()
    {
        string input = RepositoryFiles.Path("input");
        if (!Directory.Exists(input))
        {
            return [];
        }

        return Distinct(Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));
    }

    public static IReadOnlyList<string> Distinct(IEnumerable<string> texts)
    {
        var words = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string text in texts)
        {
            foreach (Match match in CyrillicWord().Matches(text))
            {
                words.Add(match.Value.ToLowerInvariant());
            }
        }

        return [.. words];
    }

    [GeneratedRegex(@"\p{IsCyrillic}+")]
    private static partial Regex CyrillicWord();
}
