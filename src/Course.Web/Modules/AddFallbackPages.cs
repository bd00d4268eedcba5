using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Outline;
using Course.Web.Site;
using Scriban.Runtime;

namespace Course.Web.Modules;

/// <summary>
/// Adds, for every page that exists in another language but not in this one, a notice page at the
/// same URL linking to the existing version, so the language switch never ends in a 404.
/// </summary>
public sealed class AddFallbackPages : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        UiStrings strings = context.Services.Get<UiStrings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        var documents = context.Inputs.ToBuilder();
        foreach (LanguageOutline language in outline.All)
        {
            foreach (OutlinePage page in language.ReadingOrder.Where(p => p.Kind == PageKind.Fallback))
            {
                string sourceLang = settings.Languages.First(l => outline.For(l).Find(page.Key)?.Kind is not PageKind.Fallback and not null);
                string sourceUrl = sourceLang + "/" + SitePaths.UrlPathFor(page.Key);
                if (language.Lang == settings.SourceLanguage && page.Key.EndsWith(".md", StringComparison.Ordinal))
                {
                    string existing = Core.IO.DisplayPaths.For(Path.Combine(context.Services.Get<BuildOptions>().InputRoot, sourceLang, page.Key));
                    context.Diagnostics.Add(Diagnostic.Warning(existing, 1, 1, $"The page has no twin in the source language '{settings.SourceLanguage}' ({settings.SourceLanguage}/{page.Key}).", $"Write {settings.SourceLanguage}/{page.Key} (translations are made from it), or remove this page."));
                }

                documents.Add(Document.Create(null, language.Lang + "/" + page.Key, string.Empty)
                    .WithDestination(SitePaths.DestinationFor(page.UrlPath))
                    .WithMetadata(
                    [
                        new(CourseKeys.Lang, language.Lang),
                        new(CourseKeys.TranslationKey, page.Key),
                        new(CourseKeys.Kind, PageKind.Fallback),
                        new(CourseKeys.Chapter, page.Chapter),
                        new(CourseKeys.UrlPath, page.UrlPath),
                        new(Keys.Title, page.Title),
                        new(Keys.Description, strings.Get(language.Lang, "translation.missing")),
                        new(CourseKeys.TranslationState, new ScriptObject
                        {
                            ["text"] = strings.Get(language.Lang, "translation.missing"),
                            ["link"] = strings.Get(language.Lang, "translation.source"),
                            ["lang"] = sourceLang,
                            ["href"] = SitePaths.Relative(page.UrlPath, sourceUrl, settings.UseIndexHtml),
                        }),
                    ]));
            }
        }

        return Task.FromResult(documents.ToImmutable());
    }
}
