using System.Text.RegularExpressions;

namespace Course.Tests.Support;

/// <summary>
/// A small real course for tests that build many times: the course settings, both home pages, the
/// glossary and the first chapter of the real course, with links to the chapters left out turned into text.
/// </summary>
public static partial class MiniCourse
{
    public const string Chapter = "concepts";

    /// <summary>Writes the mini course into <paramref name="input"/> (created) and returns it; <paramref name="glossary"/> false leaves the glossaries out.</summary>
    public static string CopyTo(string input, bool glossary = true)
    {
        string settings = File.ReadAllText(Path.Combine(Repo.Input, "course.yml"));
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "course.yml"), NavLine().Replace(settings, glossary ? $"nav: [{Chapter}, glossary]" : $"nav: [{Chapter}]"));
        foreach (string lang in new[] { "kk", "ru" })
        {
            foreach (string name in glossary ? new[] { "index.md", "glossary.md" } : ["index.md"])
            {
                Copy(Path.Combine(lang, name), input);
            }

            foreach (string file in Directory.EnumerateFiles(Path.Combine(Repo.Input, lang, Chapter)))
            {
                Copy(Path.GetRelativePath(Repo.Input, file), input);
            }
        }

        foreach (string page in Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories))
        {
            string folder = Path.GetDirectoryName(page)!;
            string text = File.ReadAllText(page);
            string kept = PageLink().Replace(text, m => File.Exists(Path.GetFullPath(Path.Combine(folder, m.Groups["target"].Value))) ? m.Value : m.Groups["text"].Value);
            if (kept != text)
            {
                File.WriteAllText(page, kept);
            }
        }

        return input;
    }

    private static void Copy(string relative, string input)
    {
        string target = Path.Combine(input, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(Path.Combine(Repo.Input, relative), target, overwrite: true);
    }

    [GeneratedRegex(@"^nav:.*$", RegexOptions.Multiline)]
    private static partial Regex NavLine();

    [GeneratedRegex(@"\[(?<text>[^\]\n]*)\]\((?<target>[^)#\s]+\.md)(#[^)\s]*)?\)")]
    private static partial Regex PageLink();
}
