using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Reads a course file's place from its path: the language (first folder), the translation key
/// (the rest), the page kind, the chapter, its pretty URL and destination. Files outside a language
/// folder (course.yml, shared assets) pass through untouched.
/// </summary>
public sealed class ClassifyPages : Module
{
    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        string[] parts = input.RelativePath.Split('/');
        if (parts.Length < 2)
        {
            return [input];
        }

        string display = input.GetString(Keys.DisplayPath, input.RelativePath);
        string lang = parts[0];
        if (!settings.Languages.Contains(lang))
        {
            if (input.RelativePath.EndsWith(".md", StringComparison.Ordinal))
            {
                context.Diagnostics.Add(Diagnostic.Error(display, 1, 1, $"'{lang}' is not a language of the course.", $"Move the page under one of: {string.Join(", ", settings.Languages)}, or add '{lang}' to 'languages' in course.yml."));
            }

            return [input];
        }

        string key = string.Join('/', parts.Skip(1));
        PageKind? kind = KindOf(parts);
        if (kind is null)
        {
            return [input.WithMetadata(CourseKeys.Lang, lang).WithMetadata(CourseKeys.TranslationKey, key)];
        }

        if (input.RelativePath.EndsWith(".md", StringComparison.Ordinal))
        {
            CheckFrontMatter(input, display, context);
            (List<Diagnostic> problems, List<string> unknown) = FrontMatterSchema.Check(input, display, lang);
            context.Diagnostics.AddRange(problems);
            input = input.WithoutMetadata(unknown);
        }

        string urlPath = SitePaths.UrlPathFor(input.RelativePath);
        return [input.WithDestination(SitePaths.DestinationFor(urlPath)).WithMetadata(
        [
            new(CourseKeys.Lang, lang),
            new(CourseKeys.TranslationKey, key),
            new(CourseKeys.Kind, kind.Value),
            new(CourseKeys.Chapter, parts.Length > 2 ? parts[1] : string.Empty),
            new(CourseKeys.UrlPath, urlPath),
        ])];
    }

    private static PageKind? KindOf(string[] parts)
    {
        string file = parts[^1];
        return (parts.Length, file) switch
        {
            (2, "index.md") => PageKind.Home,
            (2, "glossary.md") => PageKind.Glossary,
            (2, _) when file.EndsWith(".md", StringComparison.Ordinal) => PageKind.Page,
            (3, "index.md") => PageKind.Chapter,
            (3, "quiz.yml") => PageKind.Quiz,
            (3, _) when file.EndsWith(".md", StringComparison.Ordinal) => PageKind.Section,
            _ => null,
        };
    }

    private static void CheckFrontMatter(Document input, string display, IExecutionContext context)
    {
        if (string.IsNullOrWhiteSpace(input.GetString(Keys.Title)))
        {
            context.Diagnostics.Add(Diagnostic.Error(display, 2, 1, "The page has no title.", "Add 'title: ...' to the front matter."));
        }

        if (string.IsNullOrWhiteSpace(input.GetString(Keys.Description)))
        {
            context.Diagnostics.Add(Diagnostic.Warning(display, 2, 1, "The page has no description.", "Add 'description: ...' (one sentence) to the front matter."));
        }
    }
}
