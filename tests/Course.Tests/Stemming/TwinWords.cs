using Course.Tests.Support;
namespace Course.Tests.Stemming;

/// <summary>The words a twin test compares: the seed text, the course's input/ or made-up words; skips a source that holds none yet.</summary>
internal static class TwinWords
{
    public static IReadOnlyList<string> For(string source, Func<IReadOnlyList<string>> synthetic)
    {
        IReadOnlyList<string> words = source switch
        {
            "seed" => CourseWords.FromSeed(),
            "input" => CourseWords.FromInput(),
            _ => synthetic(),
        };

        if (words.Count == 0)
        {
            Assert.Skip(source == "seed"
                ? $"The seed text {Repo.SeedText} is not on this machine."
                : "input/ holds no Markdown with Cyrillic words yet.");
        }

        return words;
    }
}
