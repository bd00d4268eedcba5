using Course.Core.Diagnostics;
using Course.Core.IO;
using YamlDotNet.Core;

namespace Course.Web.Search;

/// <summary>
/// The course's synonyms, <c>input/synonyms.yml</c>: per language, groups of words a student may type for
/// one another (<c>- [ddos, ддос]</c>). search-query.js expands a query word with the rest of its groups; the index
/// is not changed. A missing file means no synonyms.
/// </summary>
public static class SearchSynonyms
{
    public const string FileName = "synonyms.yml";

    public static (IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> Groups, IReadOnlyList<Diagnostic> Diagnostics) Load(string inputRoot)
    {
        string path = Path.Combine(inputRoot, FileName);
        var groups = new Dictionary<string, IReadOnlyList<IReadOnlyList<string>>>(StringComparer.Ordinal);
        var diagnostics = new List<Diagnostic>();
        if (!File.Exists(path))
        {
            return (groups, diagnostics);
        }

        string display = DisplayPaths.For(Path.GetFullPath(path));
        Dictionary<string, object?> values;
        Dictionary<string, int> lines;
        try
        {
            (values, lines) = YamlValues.ReadMapping(File.ReadAllText(path));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(Diagnostic.Error(display, (int)exception.Start.Line, (int)exception.Start.Column, $"Broken YAML: {YamlValues.Explain(exception)}", "Check the indentation and the brackets."));
            return (groups, diagnostics);
        }

        foreach ((string lang, object? value) in values.OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            int line = lines.TryGetValue(lang, out int l) ? l : 1;
            var list = new List<IReadOnlyList<string>>();
            foreach (object? group in value as List<object?> ?? [])
            {
                string[] words = (group as List<object?>)?.Select(YamlValues.Format).Select(w => SearchText.Normalize(w).Trim()).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray() ?? [];
                if (words.Length < 2)
                {
                    diagnostics.Add(Diagnostic.Error(display, line, 1, $"A synonym group under '{lang}' has fewer than two words.", "Write each group as a list of two or more words: - [ddos, ддос]."));
                    continue;
                }

                list.Add(words);
            }

            if (value is not List<object?>)
            {
                diagnostics.Add(Diagnostic.Error(display, line, 1, $"'{lang}' is not a list of synonym groups.", "Write it as lines like '  - [ddos, ддос]'."));
            }

            groups[lang] = list;
        }

        return (groups, diagnostics);
    }
}
