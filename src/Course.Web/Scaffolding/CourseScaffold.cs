using System.Globalization;
using System.Text.RegularExpressions;
using Course.Web.Site;
using Course.Web.Translations;
using Scriban;
using Scriban.Runtime;

namespace Course.Web.Scaffolding;

/// <summary>
/// <c>course new chapter|section</c>: creates the files of a chapter or a section in every language of the course
/// from the theme's templates (<c>theme/scaffold/&lt;lang&gt;/</c>), stamps the translations as current and puts a new
/// chapter into the course order. Either every file is created or none is.
/// </summary>
public static partial class CourseScaffold
{
    public const string TemplateFolder = "scaffold";

    /// <summary>A new chapter starts with one section, so the example quiz question has a section to point to.</summary>
    public const string FirstSection = "introduction";

    public static ScaffoldResult NewChapter(string inputRoot, string themeRoot, CourseSettings settings, string slug, IReadOnlyDictionary<string, string> titles, string? after = null)
    {
        if (Check(settings, themeRoot, slug, titles) is { } problem)
        {
            return ScaffoldResult.Failed(problem);
        }

        if (settings.Languages.Any(lang => Directory.Exists(Path.Combine(inputRoot, lang, slug)) || File.Exists(Path.Combine(inputRoot, lang, slug + ".md"))))
        {
            return ScaffoldResult.Failed($"A chapter or page '{slug}' already exists. Choose another slug.");
        }

        string settingsFile = Path.Combine(inputRoot, CourseSettingsLoader.FileName);
        string courseYaml = File.ReadAllText(settingsFile);
        string anchor = after ?? LastChapter(inputRoot, settings, courseYaml);
        if (after is not null && !NavEditor.Entries(courseYaml).Contains(after, StringComparer.Ordinal))
        {
            return ScaffoldResult.Failed($"'{after}' is not in the course's nav. Use one of: {string.Join(", ", NavEditor.Entries(courseYaml))}.");
        }

        string? updatedYaml = NavEditor.Insert(courseYaml, slug, anchor);
        if (updatedYaml is null)
        {
            return ScaffoldResult.Failed($"{CourseSettingsLoader.FileName} has no 'nav' list to add the chapter to. Add 'nav: [{slug}]'.");
        }

        var files = new List<(string Key, string Template, ScriptObject Model)>
        {
            ($"{slug}/index.md", "chapter.md", Model(slug, 0)),
            ($"{slug}/{FirstSection}.md", "section.md", Model(slug, 1)),
            ($"{slug}/quiz.yml", "quiz.yml", Model(slug, 1)),
        };
        ScaffoldResult result = Write(inputRoot, themeRoot, settings, files, titles);
        if (result.Succeeded)
        {
            File.WriteAllText(settingsFile, updatedYaml);
        }

        return result;
    }

    public static ScaffoldResult NewSection(string inputRoot, string themeRoot, CourseSettings settings, string chapter, string slug, IReadOnlyDictionary<string, string> titles)
    {
        if (Check(settings, themeRoot, slug, titles) is { } problem)
        {
            return ScaffoldResult.Failed(problem);
        }

        string sourceChapter = Path.Combine(inputRoot, settings.SourceLanguage, chapter);
        if (!File.Exists(Path.Combine(sourceChapter, "index.md")))
        {
            return ScaffoldResult.Failed($"There is no chapter '{chapter}' (no {settings.SourceLanguage}/{chapter}/index.md). Create it first: course new chapter {chapter} ...");
        }

        if (settings.Languages.Any(lang => File.Exists(Path.Combine(inputRoot, lang, chapter, slug + ".md")) || Directory.Exists(Path.Combine(inputRoot, lang, chapter, slug))))
        {
            return ScaffoldResult.Failed($"A section '{chapter}/{slug}' already exists. Choose another slug.");
        }

        int order = Directory.EnumerateFiles(sourceChapter, "*.md").Select(OrderOf).DefaultIfEmpty(0).Max() + 1;
        return Write(inputRoot, themeRoot, settings, [($"{chapter}/{slug}.md", "section.md", Model(chapter, order))], titles);
    }

    private static string? Check(CourseSettings settings, string themeRoot, string slug, IReadOnlyDictionary<string, string> titles)
    {
        if (!AddressSlug.IsValid(slug))
        {
            return $"'{slug}' is not a valid slug. Use lower-case Latin letters, digits and hyphens (e.g. digital-evidence): it becomes the page's address.";
        }

        if (settings.Languages.FirstOrDefault(lang => !titles.ContainsKey(lang) || string.IsNullOrWhiteSpace(titles[lang])) is { } missing)
        {
            return $"No title in '{missing}'. Pass --title-{missing} \"...\" (every language of the course needs one: {string.Join(", ", settings.Languages)}).";
        }

        if (titles.Keys.FirstOrDefault(lang => !settings.Languages.Contains(lang)) is { } unknown)
        {
            return $"'{unknown}' is not a language of the course. Use --title-<lang> with one of: {string.Join(", ", settings.Languages)}.";
        }

        if (settings.Languages.FirstOrDefault(lang => !Directory.Exists(Path.Combine(themeRoot, TemplateFolder, lang))) is { } noTemplates)
        {
            return $"The theme has no templates for '{noTemplates}'. Add {TemplateFolder}/{noTemplates}/ (chapter.md, section.md, quiz.yml) to the theme.";
        }

        return null;
    }

    private static ScaffoldResult Write(string inputRoot, string themeRoot, CourseSettings settings, List<(string Key, string Template, ScriptObject Model)> files, IReadOnlyDictionary<string, string> titles)
    {
        // Render everything first: a broken template leaves the course untouched.
        var pending = new List<(string Path, string Text)>();
        foreach ((string key, string templateName, ScriptObject model) in files)
        {
            string sourceText = "";
            foreach (string lang in settings.Languages)
            {
                string templateFile = Path.Combine(themeRoot, TemplateFolder, lang, templateName);
                if (!File.Exists(templateFile))
                {
                    return ScaffoldResult.Failed($"The theme has no template {TemplateFolder}/{lang}/{templateName}. Add it to the theme.");
                }

                model.SetValue("title", titles[lang], readOnly: false);
                Template template = Template.Parse(File.ReadAllText(templateFile), templateFile);
                if (template.HasErrors)
                {
                    return ScaffoldResult.Failed($"{templateFile}: {string.Join("; ", template.Messages)}. Fix the template syntax (Scriban).");
                }

                var context = new TemplateContext { StrictVariables = true };
                context.PushGlobal(model);
                string text = template.Render(context).Replace("\r\n", "\n");
                if (lang == settings.SourceLanguage)
                {
                    sourceText = text;
                }
                else
                {
                    text = TranslationStatus.WithSourceHash(text, key, sourceText);
                }

                pending.Add((Path.Combine(inputRoot, lang, key), text));
            }
        }

        var created = new List<string>();
        try
        {
            foreach ((string path, string text) in pending)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                using var writer = new StreamWriter(stream);
                writer.Write(text);
                created.Add(path);
            }
        }
        catch (IOException exception)
        {
            created.ForEach(File.Delete);
            return ScaffoldResult.Failed($"Could not write the new files ({exception.Message}). Nothing was created.");
        }

        return new ScaffoldResult(created, null);
    }

    private static ScriptObject Model(string chapter, int order)
    {
        var model = new ScriptObject();
        model.SetValue("chapter", chapter, readOnly: true);
        model.SetValue("first_section", FirstSection, readOnly: true);
        model.SetValue("order", order.ToString(CultureInfo.InvariantCulture), readOnly: true);
        model.SetValue("yaml", new YamlQuoteFunction(), readOnly: true);
        return model;
    }

    /// <summary>A new chapter goes after the last chapter in the nav (before summary, sources and glossary).</summary>
    private static string LastChapter(string inputRoot, CourseSettings settings, string courseYaml) =>
        NavEditor.Entries(courseYaml).LastOrDefault(entry => Directory.Exists(Path.Combine(inputRoot, settings.SourceLanguage, entry))) ?? "";

    private static int OrderOf(string file)
    {
        Match match = OrderLine().Match(File.ReadAllText(file));
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    [GeneratedRegex(@"^order:[ \t]*(\d{1,6})[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex OrderLine();
}
