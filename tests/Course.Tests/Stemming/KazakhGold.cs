using Course.Tests.Support;
namespace Course.Tests.Stemming;

/// <summary>kazakh-gold.tsv: hand-written inflected forms of the course's vocabulary and the word family each belongs to.</summary>
internal static class KazakhGold
{
    public static IReadOnlyList<(string Form, string Group)> Read() =>
    [
        .. File.ReadLines(Repo.File("tests", "Course.Tests", "Stemming", "kazakh-gold.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(cells => (cells[0], cells[1])),
    ];
}
