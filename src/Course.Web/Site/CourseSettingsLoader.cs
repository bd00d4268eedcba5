using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.IO;
using Course.Web.Languages;
using YamlDotNet.Core;

namespace Course.Web.Site;

/// <summary>Reads <c>course.yml</c>; every problem becomes a diagnostic with its position and the fix.</summary>
public static class CourseSettingsLoader
{
    public const string FileName = "course.yml";

    public static (CourseSettings? Settings, IReadOnlyList<Diagnostic> Diagnostics) Load(string inputRoot, BuildOptions options)
    {
        string path = Path.Combine(inputRoot, FileName);
        string display = DisplayPaths.For(Path.GetFullPath(path));
        var diagnostics = new List<Diagnostic>();
        if (!File.Exists(path))
        {
            diagnostics.Add(Diagnostic.Error(display, 1, 1, "The course has no settings file.", $"Create {FileName} with title, languages, defaultLanguage, baseUrl and nav (see docs/authoring.md)."));
            return (null, diagnostics);
        }

        Dictionary<string, object?> values;
        Dictionary<string, int> lines;
        try
        {
            (values, lines) = YamlValues.ReadMapping(File.ReadAllText(path));
        }
        catch (YamlException exception)
        {
            diagnostics.Add(Diagnostic.Error(display, (int)exception.Start.Line, (int)exception.Start.Column, $"Broken YAML: {YamlValues.Explain(exception)}", "Check the indentation and the quotes."));
            return (null, diagnostics);
        }

        int LineOf(string key) => lines.TryGetValue(key, out int line) ? line : 1;
        List<string> languages = (values.GetValueOrDefault("languages") as List<object?>)?.Select(YamlValues.Format).ToList() ?? [];
        if (languages.Count == 0)
        {
            diagnostics.Add(Diagnostic.Error(display, LineOf("languages"), 1, "No languages are listed.", "Add 'languages: [kk, ru]' (the first is the source language)."));
        }

        foreach (string lang in languages.Where(l => !CourseLanguages.TryGet(l, out _)))
        {
            diagnostics.Add(Diagnostic.Error(display, LineOf("languages"), 1, $"The language '{lang}' is not known to the generator (known: {string.Join(", ", CourseLanguages.Codes)}).", "Use one of the known codes, or add the language's descriptor in src/Course.Web/Languages/ (docs/architecture.md, \"Adding a language\")."));
        }

        var titles = (values.GetValueOrDefault("title") as Dictionary<string, object?>)?.ToImmutableDictionary(kv => kv.Key, kv => YamlValues.Format(kv.Value), StringComparer.OrdinalIgnoreCase)
            ?? ImmutableDictionary<string, string>.Empty;
        foreach (string lang in languages.Where(l => !titles.ContainsKey(l)))
        {
            diagnostics.Add(Diagnostic.Error(display, LineOf("title"), 1, $"The course has no title in '{lang}'.", $"Add '{lang}: ...' under 'title:'."));
        }

        string defaultLanguage = YamlValues.Format(values.GetValueOrDefault("defaultLanguage") ?? languages.FirstOrDefault());
        if (languages.Count > 0 && !languages.Contains(defaultLanguage))
        {
            diagnostics.Add(Diagnostic.Error(display, LineOf("defaultLanguage"), 1, $"The default language '{defaultLanguage}' is not among the languages.", $"Use one of: {string.Join(", ", languages)}."));
        }

        string baseUrl = YamlValues.Format(values.GetValueOrDefault("baseUrl") ?? "https://example.org/");
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            diagnostics.Add(Diagnostic.Error(display, LineOf("baseUrl"), 1, $"The base URL '{baseUrl}' is not an absolute URL.", "Write it as https://host/path/."));
        }

        List<string> nav = (values.GetValueOrDefault("nav") as List<object?>)?.Select(YamlValues.Format).ToList() ?? [];
        int budget = int.TryParse(YamlValues.Format(values.GetValueOrDefault("searchBudgetKb") ?? "80"), out int kb) ? kb : 80;
        string? id = values.GetValueOrDefault("id") is { } idValue ? YamlValues.Format(idValue) : null;
        if (id is not null && !CourseIds.IsValid(id))
        {
            diagnostics.Add(Diagnostic.Error(display, LineOf("id"), 1, $"The course id '{id}' is not a short name.", "Use lowercase Latin letters, digits and hyphens, e.g. 'id: cyber-criminology'."));
        }

        int passMark = 70;
        if (values.GetValueOrDefault("passMark") is { } passValue
            && !(int.TryParse(YamlValues.Format(passValue), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out passMark) && passMark is >= 1 and <= 100))
        {
            diagnostics.Add(Diagnostic.Error(display, LineOf("passMark"), 1, $"The pass mark '{YamlValues.Format(passValue)}' is not a whole number of per cent from 1 to 100.", "Write it as 'passMark: 70' (the share of right answers that passes a quiz)."));
        }

        var settings = new CourseSettings(titles, [.. languages], defaultLanguage, baseUrl, [.. nav], options.UseIndexHtml, options.SearchBudgetKilobytes ?? budget);
        settings = settings with { Id = id ?? settings.Id, Offline = !options.UseIndexHtml && !options.LiveReload };

        settings = settings with { PassMark = passMark };

        string rawHtml = YamlValues.Format(values.GetValueOrDefault("rawHtml") ?? "safe");
        if (Enum.TryParse(rawHtml, ignoreCase: true, out Markdown.RawHtml.RawHtmlMode mode) && !int.TryParse(rawHtml, out _))
        {
            settings = settings with { RawHtml = mode };
        }
        else
        {
            diagnostics.Add(Diagnostic.Error(display, LineOf("rawHtml"), 1, $"'rawHtml: {rawHtml}' is not a raw HTML policy.", "Write 'rawHtml: safe' (harmless tags only, the default) or 'rawHtml: none' (see docs/authoring.md)."));
        }

        settings = ReadEditor(values, settings, display, LineOf, diagnostics);
        if (values.GetValueOrDefault("messages") is { } messages)
        {
            string language = YamlValues.Format(messages);
            if (Messages.MessageCatalog.Languages.Contains(language))
            {
                settings = settings with { Messages = language };
            }
            else
            {
                diagnostics.Add(Diagnostic.Error(display, LineOf("messages"), 1, $"'messages: {language}' is not a language the build's messages are written in.", $"Use one of: {string.Join(", ", Messages.MessageCatalog.Languages.Order(StringComparer.Ordinal))}."));
            }
        }

        if (diagnostics.Any(d => d.IsError))
        {
            // Nothing after the settings runs, so their own problems come in the language they ask for.
            Messages.MessageCatalog catalog = Messages.MessageCatalog.For(options.Messages ?? settings.Messages);
            return (null, [.. diagnostics.Select(catalog.Translate)]);
        }

        return (settings, diagnostics);
    }

    /// <summary><c>editor: true</c> publishes Decap CMS at /admin/; <c>editorBranch</c> and <c>editorLocale</c> tune it.</summary>
    private static CourseSettings ReadEditor(Dictionary<string, object?> values, CourseSettings settings, string display, Func<string, int> lineOf, List<Diagnostic> diagnostics)
    {
        if (values.GetValueOrDefault("editor") is not { } editor)
        {
            return settings;
        }

        string text = YamlValues.Format(editor);
        if (text is not ("true" or "false"))
        {
            diagnostics.Add(Diagnostic.Error(display, lineOf("editor"), 1, $"'editor' must be true or false, not '{text}'.", "Write 'editor: true' to publish the browser editor at /admin/, or 'editor: false'."));
            return settings;
        }

        return settings with
        {
            Editor = text == "true",
            EditorBranch = values.GetValueOrDefault("editorBranch") is { } branch ? YamlValues.Format(branch) : settings.EditorBranch,
            EditorLocale = values.GetValueOrDefault("editorLocale") is { } locale ? YamlValues.Format(locale) : settings.EditorLocale,
        };
    }
}
