using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Editor;
using Course.Web.Pipelines;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>Adds admin/config.yml, Decap CMS's configuration, made from the source-language files the Inputs pipeline read.</summary>
public sealed class GenerateEditorConfig(string inputRoot) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        var entries = new List<EditorEntry>();
        Dictionary<string, Dictionary<string, string>> titles = new(StringComparer.Ordinal);
        foreach (Document page in context.Outputs.FromPipeline(nameof(Inputs)))
        {
            if (page.GetString(CourseKeys.TranslationKey) is { Length: > 0 } twin && page.GetString(Keys.Title) is { Length: > 0 } title)
            {
                (titles.TryGetValue(twin, out var byLang) ? byLang : titles[twin] = new(StringComparer.Ordinal))[page.GetString(CourseKeys.Lang)] = title;
            }
        }

        foreach (Document page in context.Outputs.FromPipeline(nameof(Inputs)))
        {
            if (page.GetString(CourseKeys.Lang) != settings.SourceLanguage || page.GetString(CourseKeys.TranslationKey) is not { Length: > 0 } key)
            {
                continue;
            }

            EditorEntryKind? kind = key.EndsWith("/quiz.yml", StringComparison.Ordinal) ? EditorEntryKind.QuizBank
                : !key.EndsWith(".md", StringComparison.Ordinal) ? null
                : key.EndsWith("/index.md", StringComparison.Ordinal) ? EditorEntryKind.Chapter
                : key.Contains('/', StringComparison.Ordinal) ? EditorEntryKind.Section
                : EditorEntryKind.Page;
            if (kind is { } known)
            {
                entries.Add(new EditorEntry(key, page.GetString(Keys.Title, key), known, titles.GetValueOrDefault(key)));
            }
        }

        string folderName = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputRoot)));
        string config = EditorConfigWriter.Write(settings, folderName, entries);
        const string destination = ReadEditorFiles.Folder + "/config.yml";
        return Task.FromResult(context.Inputs.Add(Document.Create(null, destination, config).WithDestination(destination)));
    }
}
