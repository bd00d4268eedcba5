using System.Globalization;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.IO;

namespace Course.Web.Site;

/// <summary>
/// The front matter keys a page may have and the type of each (docs/authoring.md): a value of the wrong
/// type is an error at its line and column, an unknown key a warning naming the nearest known one, and a
/// <c>lang</c> that disagrees with the page's folder an error.
/// </summary>
public static class FrontMatterSchema
{
    /// <summary>Every key a page's front matter may have. Add a key here when a layout or module reads a new one.</summary>
    public static readonly IReadOnlyDictionary<string, FrontMatterType> Keys = new Dictionary<string, FrontMatterType>(StringComparer.OrdinalIgnoreCase)
    {
        [Core.Documents.Keys.Title] = FrontMatterType.Text,
        [Core.Documents.Keys.Description] = FrontMatterType.Text,
        [Core.Documents.Keys.Order] = FrontMatterType.WholeNumber,
        [CourseKeys.Objectives] = FrontMatterType.TextList,
        [CourseKeys.KeyTerms] = FrontMatterType.TextList,
        [CourseKeys.Takeaways] = FrontMatterType.TextList,
        [CourseKeys.SourceHash] = FrontMatterType.Text,
        [FrontMatterLang] = FrontMatterType.Text,
    };

    /// <summary>The optional <c>lang:</c> key; it must name the page's folder.</summary>
    public const string FrontMatterLang = "lang";

    /// <summary>The page's problems, and the names of its unknown keys (dropped so they cannot override the generator's own metadata).</summary>
    public static (List<Diagnostic> Diagnostics, List<string> Unknown) Check(Document page, string display, string folderLang)
    {
        var diagnostics = new List<Diagnostic>();
        var unknown = new List<string>();
        Dictionary<string, int> lines = page.Get<Dictionary<string, int>>(Core.Documents.Keys.FrontMatterLines) ?? [];
        Dictionary<string, TextPosition> positions = page.Get<Dictionary<string, TextPosition>>(Core.Documents.Keys.FrontMatterPositions) ?? [];
        foreach ((string key, int line) in lines.OrderBy(kv => kv.Value))
        {
            if (!Keys.TryGetValue(key, out FrontMatterType type))
            {
                unknown.Add(key);
                string nearest = Keys.Keys.MinBy(known => Distance(key.ToLowerInvariant(), known.ToLowerInvariant()))!;
                diagnostics.Add(Diagnostic.Warning(display, line, 1, $"Unknown front matter key '{key}'; it is ignored.", $"Did you mean '{nearest}'? The keys are: {string.Join(", ", Keys.Keys)}."));
                continue;
            }

            object? value = page.Metadata.GetValueOrDefault(key);
            TextPosition at = positions.GetValueOrDefault(key) ?? new TextPosition(line, 1);
            string? problem = Problem(key, type, value);
            if (problem is not null)
            {
                diagnostics.Add(Diagnostic.Error(display, at.Line, at.Column, problem, Fix(key, type)));
            }
            else if (key.Equals(FrontMatterLang, StringComparison.OrdinalIgnoreCase) && value is string lang && !lang.Equals(folderLang, StringComparison.Ordinal))
            {
                diagnostics.Add(Diagnostic.Error(display, at.Line, at.Column, $"The page says 'lang: {lang}' but lies in the '{folderLang}' folder, so it would be published as '{folderLang}'.", $"Move the page to the '{lang}' folder, or correct 'lang:' (or remove it: the folder gives the language)."));
            }
        }

        return (diagnostics, unknown);
    }

    private static string? Problem(string key, FrontMatterType type, object? value) => (type, value) switch
    {
        (_, null) => null,
        (FrontMatterType.Text, string) => null,
        (FrontMatterType.Text, _) => $"'{key}' must be text, not {Describe(value)}.",
        (FrontMatterType.WholeNumber, string text) when int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) => null,
        (FrontMatterType.WholeNumber, string text) => $"'{key}' must be a whole number, not '{text}'.",
        (FrontMatterType.WholeNumber, _) => $"'{key}' must be a whole number, not {Describe(value)}.",
        (FrontMatterType.TextList, List<object?> items) when items.FindIndex(i => i is not string) is int bad and >= 0 => $"Item {bad + 1} of '{key}' must be text, not {Describe(items[bad])}.",
        (FrontMatterType.TextList, List<object?>) => null,
        (FrontMatterType.TextList, _) => $"'{key}' must be a list, not {Describe(value)}.",
        _ => null,
    };

    private static string Fix(string key, FrontMatterType type) => type switch
    {
        FrontMatterType.Text => $"Write it on one line after '{key}:' and put it in quotes if it contains ': ' or starts with '[', '{{', '-' or '#'.",
        FrontMatterType.WholeNumber => $"Write '{key}: 1', '{key}: 2' …",
        _ => $"Write each item on its own line below '{key}:', starting with '  - ', and quote an item that contains ': '.",
    };

    private static string Describe(object? value) => value switch
    {
        List<object?> => "a list",
        Dictionary<string, object?> => "a mapping (a 'key: value' inside it: quote the text)",
        _ => $"'{value}'",
    };

    private static int Distance(string a, string b)
    {
        int[] previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int[] current = new int[b.Length + 1];
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
