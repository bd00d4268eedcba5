using Course.Core.Diagnostics;
using Course.Core.Execution;
using Course.Web.Caching;
using Course.Web.Layouts;
using Course.Web.Markdown;
using Course.Web.Modules;
using Course.Web.Outline;
using Course.Web.Pipelines;
using Course.Web.Translations;
using Course.Web.Glossary;

namespace Course.Web.Site;

/// <summary>The bootstrapper: loads the course's settings and the theme, registers the pipelines and runs one build.</summary>
public static class CourseSite
{
    public static Task<BuildResult> BuildAsync(BuildOptions options, CancellationToken cancellationToken = default) =>
        BuildAsync(options, null, cancellationToken);

    /// <summary>One build; the preview passes the <see cref="PreviewCache"/> it keeps between its builds.</summary>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, PreviewCache? cache, CancellationToken cancellationToken)
    {
        (CourseSettings? settings, IReadOnlyList<Diagnostic> settingsDiagnostics) = CourseSettingsLoader.Load(options.InputRoot, options);
        (LayoutTemplates templates, IReadOnlyList<Diagnostic> templateDiagnostics) = LayoutTemplates.Load(options.ThemeRoot);
        (ThemeAssets? assets, IReadOnlyList<Diagnostic> assetDiagnostics) = ThemeAssets.Load(options.ThemeRoot);
        var early = settingsDiagnostics.Concat(templateDiagnostics).Concat(assetDiagnostics).ToList();
        if (settings is null || assets is null || early.Any(d => d.IsError))
        {
            return new BuildResult([], [.. early.Select(Messages.MessageCatalog.For(options.Messages ?? Messages.MessageCatalog.English).Translate)], [], new Dictionary<string, IReadOnlyList<Core.Documents.Document>>(), TimeSpan.Zero);
        }

        UiStrings strings = UiStrings.Load(options.ThemeRoot, settings.Languages);
        TranslationStatus translations = TranslationStatus.Compute(options.InputRoot, settings);
        var stemmers = new StemmerCache();
        var services = new SiteServices()
            .Add(settings)
            .Add(strings)
            .Add(templates)
            .Add(assets)
            .Add(translations)
            .Add(new OutlineProvider())
            .Add(new BuildNotes())
            .Add(stemmers)
            .Add(new Search.SearchIndexGenerators(stemmers))
            .Add(Print.PrintDownloads.Find(options.PdfFolder, settings.Languages))
            .Add(options);
        if (cache is not null)
        {
            services.Add(cache);
        }

        var engine = new Engine(Pipelines(options, strings, settings), services, options.Serial, options.StagingRoot);
        BuildResult result = await engine.ExecuteAsync(cancellationToken).ConfigureAwait(false);
        var catalog = Messages.MessageCatalog.For(options.Messages ?? settings.Messages);
        var diagnostics = early.Concat(result.Diagnostics).Concat(TranslationDiagnostics(translations, options)).Concat(MissingUiStrings(settings, strings, options)).Select(catalog.Translate).ToList();
        return result with { Diagnostics = diagnostics, Notes = [.. TranslationNotes(translations), .. services.Get<BuildNotes>().Lines] };
    }

    private static IEnumerable<Pipeline> Pipelines(BuildOptions options, UiStrings strings, CourseSettings settings)
    {
        yield return new Inputs(options.InputRoot);
        yield return new Pipelines.Glossary(new PlainMarkdownSetup(strings));
        yield return new Content(new RenderMarkdown(new GlossaryMarkdownSetup(strings)));
        yield return new Pipelines.Quizzes();
        yield return new Terminology();
        yield return new Pipelines.Flashcards(new PlainMarkdownSetup(strings));
        yield return new Assets(options.ThemeRoot);
        yield return new SiteFiles();
        yield return new PrintEdition(new PlainMarkdownSetup(strings));
        if (options.Lms)
        {
            yield return new LmsLaunch();
        }
        if (!options.SkipSearchIndex)
        {
            yield return new SearchIndex();
        }

        if (settings.Offline)
        {
            yield return new OfflineCache(options.ThemeRoot);
        }

        // The editor belongs on the published site, not in a file:// or LMS copy.
        if (settings.Editor && !options.UseIndexHtml)
        {
            yield return new Pipelines.Editor(options.InputRoot, options.ThemeRoot);
        }
    }

    /// <summary>A UI string the source language has and another lacks would show as [key] to its readers.</summary>
    private static IEnumerable<Diagnostic> MissingUiStrings(CourseSettings settings, UiStrings strings, BuildOptions options) =>
        settings.Languages.Skip(1).SelectMany(lang => strings.MissingKeys(lang, settings.SourceLanguage).Select(key => Diagnostic.Warning(
            Core.IO.DisplayPaths.For(Path.Combine(options.ThemeRoot, "i18n", lang)), 1, 1,
            $"The UI string '{key}' has no '{lang}' translation.",
            $"Add '{key}: ...' to a file in theme/i18n/{lang}/.")));

    private static List<string> TranslationNotes(TranslationStatus status) =>
        status.Items.GroupBy(i => i.Lang).Select(lang =>
        {
            int Count(string kind, TranslationState state) => lang.Count(i => i.Kind == kind && i.State == state);
            return $"translations {lang.Key}: pages {Count("page", TranslationState.Missing)} missing, {Count("page", TranslationState.Stale)} stale; definitions {Count("definition", TranslationState.Missing)} missing; quiz questions {Count("question", TranslationState.Missing)} missing";
        }).ToList();

    private static IEnumerable<Diagnostic> TranslationDiagnostics(TranslationStatus status, BuildOptions options) =>
        options.StrictTranslations
            ? status.Problems.Select(p => Diagnostic.Error(
                Core.IO.DisplayPaths.For(p.TranslationFile ?? p.SourceFile), 1, 1,
                $"{p.Kind} '{p.Key}' is {p.State.ToString().ToLowerInvariant()} in '{p.Lang}'.",
                p.State == TranslationState.Missing ? "Translate it." : "Update the translation, then run 'course translations stamp'."))
            : [];
}
