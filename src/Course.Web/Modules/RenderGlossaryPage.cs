using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Glossary;
using Course.Web.Glossary.Page;
using Course.Web.Markdown;
using Course.Web.Outline;
using Course.Web.Site;
using Markdig;

namespace Course.Web.Modules;

/// <summary>
/// Builds each glossary page from its entries and from where the chapters use them (Content's
/// Process outputs), and warns about entries missing in a language or used by no chapter.
/// </summary>
public sealed class RenderGlossaryPage(IMarkdownSetup definitions) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        UiStrings strings = context.Services.Get<UiStrings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        ImmutableArray<Document> pages = context.Outputs.FromPipeline(nameof(Pipelines.Content));
        var files = context.Inputs.Select(d => d.Get<GlossaryFile>(CourseKeys.Glossary)!).ToList();
        context.Diagnostics.AddRange(GlossaryValidator.CheckTranslations(files));
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (Document glossary in context.Inputs)
        {
            GlossaryFile file = glossary.Get<GlossaryFile>(CourseKeys.Glossary)!;
            string urlPath = glossary.GetString(CourseKeys.UrlPath);
            var usage = new GlossaryUsageCollector();
            foreach (Document page in pages.Where(p => p.GetString(CourseKeys.Lang) == file.Lang)
                .OrderBy(p => outline.For(file.Lang).PositionOf(p.GetString(CourseKeys.TranslationKey))))
            {
                string url = SitePaths.Relative(urlPath, page.GetString(CourseKeys.UrlPath), context.Services.Get<CourseSettings>().UseIndexHtml);
                usage.Add(new GlossaryUsage(page.GetString(Keys.Title), url), page.Get<IReadOnlyList<string>>(CourseKeys.GlossaryUsed) ?? []);
            }

            IReadOnlyDictionary<string, IReadOnlyList<GlossaryUsage>> map = usage.ToMap();
            context.Diagnostics.AddRange(GlossaryValidator.CheckUsage(file, map));
            MarkdownPipeline pipeline = definitions.PipelineFor(context, file.Lang);
            string html = GlossaryPageRenderer.Render(new GlossaryPageModel(file.Lang, file.Entries, map, markdown => Markdig.Markdown.ToHtml(markdown, pipeline), GlossaryStrings.FromMap(strings.For(file.Lang)))
            {
                IntroMarkdown = glossary.GetString("GlossaryIntro"),
                FlashcardsLink = (SitePaths.Relative(urlPath, outline.For(file.Lang).Find(CourseOutline.FlashcardsKey)!.UrlPath, context.Services.Get<CourseSettings>().UseIndexHtml),
                    strings.Get(file.Lang, "flashcards.glossary-link")),
            });
            result.Add(glossary.WithContent(html));
        }

        return Task.FromResult(result.ToImmutable());
    }
}
