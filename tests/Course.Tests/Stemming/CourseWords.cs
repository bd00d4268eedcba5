using System.Text.RegularExpressions;
using Course.Tests.Support;

namespace Course.Tests.Stemming;

/// <summary>The distinct lowercase Cyrillic words of the seed text and of the course's input/**/*.md, in ordinal order.</summary>
internal static partial class CourseWords
{
    /// <summary>
    /// The seed's words: from the seed itself when it is beside the repository, otherwise from the word
    /// list committed next to this file (seed-words.txt), so clean clones in CI test them too.
    /// </summary>
    public static IReadOnlyList<string> FromSeed() =>
        File.Exists(Repo.SeedText) ? Distinct([File.ReadAllText(Repo.SeedText)]) : CommittedSeedWords();

    public static IReadOnlyList<string> CommittedSeedWords() =>
        File.ReadAllLines(Repo.File("tests", "Course.Tests", "Stemming", "seed-words.txt")).Where(w => w.Length > 0).ToList();

    public static IReadOnlyList<string> FromInput()
    {
        string input = Repo.File("input");
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
