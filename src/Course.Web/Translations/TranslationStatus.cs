using System.Text.RegularExpressions;
using Course.Web.Site;

namespace Course.Web.Translations;

/// <summary>
/// Which pages, definitions and quiz questions of the source language each other language lacks,
/// and which translated files were made from an older version of their source (their recorded
/// <c>sourceHash</c> differs from the source file's hash now).
/// </summary>
public sealed partial class TranslationStatus
{
    private readonly Dictionary<(string Lang, string Key), TranslationState> pageStates = [];

    private TranslationStatus(IReadOnlyList<TranslationItem> items)
    {
        Items = items;
        foreach (TranslationItem item in items.Where(i => i.Kind == "page"))
        {
            pageStates[(item.Lang, item.Key)] = item.State;
        }
    }

    public IReadOnlyList<TranslationItem> Items { get; }

    public TranslationState StateOf(string lang, string key) =>
        pageStates.TryGetValue((lang, key), out TranslationState state) ? state : TranslationState.Current;

    public IEnumerable<TranslationItem> Problems => Items.Where(i => i.State != TranslationState.Current);

    public static TranslationStatus Compute(string inputRoot, CourseSettings settings)
    {
        string sourceRoot = Path.Combine(inputRoot, settings.SourceLanguage);
        string[] sourceFiles = [.. TranslatableFiles(sourceRoot)];

        // Every source file is read and hashed before the build can start: the files are compared side by side, the items kept in file order.
        var perFile = new List<TranslationItem>[sourceFiles.Length];
        Parallel.For(0, sourceFiles.Length, i => perFile[i] = ItemsOf(sourceFiles[i], sourceRoot, inputRoot, settings));
        return new TranslationStatus([.. perFile.SelectMany(items => items)]);
    }

    private static List<TranslationItem> ItemsOf(string sourceFile, string sourceRoot, string inputRoot, CourseSettings settings)
    {
        var items = new List<TranslationItem>();
        string key = Path.GetRelativePath(sourceRoot, sourceFile).Replace('\\', '/');
        string sourceText = Core.IO.TextFile.Read(sourceFile);
        string hash = TranslationHash.Of(sourceText);
        foreach (string lang in settings.Languages.Skip(1))
        {
            string translated = Path.Combine(inputRoot, lang, key);
            if (!File.Exists(translated))
            {
                items.Add(new TranslationItem(lang, "page", key, TranslationState.Missing, sourceFile, null));
                continue;
            }

            string text = Core.IO.TextFile.Read(translated);
            Match recorded = SourceHashLine().Match(text);
            TranslationState state = recorded.Success && recorded.Groups[1].Value == hash ? TranslationState.Current : TranslationState.Stale;
            items.Add(new TranslationItem(lang, "page", key, state, sourceFile, translated));
            foreach ((string kind, Regex pattern) in ItemPatterns(key))
            {
                var have = pattern.Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
                foreach (string id in pattern.Matches(sourceText).Select(m => m.Groups[1].Value).Where(id => !have.Contains(id)))
                {
                    items.Add(new TranslationItem(lang, kind, key + "#" + id, TranslationState.Missing, sourceFile, translated));
                }
            }
        }

        return items;
    }

    public static IReadOnlyList<string> Stamp(string inputRoot, CourseSettings settings)
    {
        var stamped = new List<string>();
        string sourceRoot = Path.Combine(inputRoot, settings.SourceLanguage);
        foreach (string sourceFile in TranslatableFiles(sourceRoot))
        {
            string key = Path.GetRelativePath(sourceRoot, sourceFile).Replace('\\', '/');
            string sourceText = File.ReadAllText(sourceFile);
            foreach (string lang in settings.Languages.Skip(1))
            {
                string translated = Path.Combine(inputRoot, lang, key);
                if (!File.Exists(translated))
                {
                    continue;
                }

                string text = File.ReadAllText(translated).Replace("\r\n", "\n");
                string updated = WithSourceHash(text, key, sourceText);
                if (updated != text)
                {
                    File.WriteAllText(translated, updated);
                    stamped.Add(translated);
                }
            }
        }

        return stamped;
    }

    private static IEnumerable<string> TranslatableFiles(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Order(StringComparer.Ordinal)
            : [];

    private static IEnumerable<(string Kind, Regex Pattern)> ItemPatterns(string key)
    {
        if (key.EndsWith("glossary.md", StringComparison.Ordinal))
        {
            yield return ("definition", GlossaryId());
        }

        if (key.EndsWith(".yml", StringComparison.Ordinal))
        {
            yield return ("question", QuestionId());
        }
    }

    /// <summary>The translation's text recording the source version it follows (front matter for pages, a first line for banks).</summary>
    public static string WithSourceHash(string translationText, string key, string sourceText)
    {
        string text = translationText.Replace("\r\n", "\n");
        string line = "sourceHash: " + TranslationHash.Of(sourceText);
        return SourceHashLine().IsMatch(text)
            ? SourceHashLine().Replace(text, line, 1)
            : key.EndsWith(".md", StringComparison.Ordinal) && text.StartsWith("---\n", StringComparison.Ordinal)
                ? "---\n" + line + "\n" + text[4..]
                : line + "\n" + text;
    }

    [GeneratedRegex("^sourceHash:[ \\t]*([0-9a-f]+)[ \\t]*$", RegexOptions.Multiline)]
    private static partial Regex SourceHashLine();

    [GeneratedRegex("\\{#([A-Za-z0-9_-]+)")]
    private static partial Regex GlossaryId();

    [GeneratedRegex("^\\s*-\\s*id:\\s*[\"']?([^\\s\"']+)", RegexOptions.Multiline)]
    private static partial Regex QuestionId();
}
