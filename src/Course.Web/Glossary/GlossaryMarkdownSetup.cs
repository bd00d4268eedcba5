using System.Collections.Concurrent;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Glossary.Matching;
using Course.Web.Glossary.Page;
using Course.Web.Layouts;
using Course.Web.Markdown;
using Course.Web.Markdown.GlossaryLinks;
using Course.Web.Languages;
using Course.Web.Site;
using Markdig;
using Markdig.Syntax;

namespace Course.Web.Glossary;

/// <summary>
/// The chapters' Markdown with glossary links: each language's entries (from the Glossary pipeline)
/// matched through the same stemmer search uses, and the popovers of the linked terms added to the page.
/// </summary>
public sealed class GlossaryMarkdownSetup(UiStrings strings) : IMarkdownSetup
{
    private readonly ConcurrentDictionary<string, MarkdownPipeline> plain = new(StringComparer.Ordinal);

    public MarkdownPipeline PipelineFor(IExecutionContext context, string lang)
    {
        GlossaryFile? file = context.Outputs.FromPipeline(nameof(Pipelines.Glossary))
            .Select(d => d.Get<GlossaryFile>(CourseKeys.Glossary))
            .FirstOrDefault(f => f?.Lang == lang);
        if (file is null || !CourseLanguages.TryGet(lang, out CourseLanguage? language))
        {
            return CourseMarkdown.Build(lang, strings);
        }

        var matcher = new GlossaryTermMatcher(file.Entries, context.Services.Get<Caching.StemmerCache>().For(language));
        return CourseMarkdown.Build(lang, strings, builder => builder.UseGlossaryLinks(matcher));
    }

    public string Signature(IExecutionContext context) =>
        string.Join('\u0001', context.Outputs.FromPipeline(nameof(Pipelines.Glossary)).Select(d => d.RelativePath + '\u0002' + d.Content));

    public void AfterParse(MarkdownDocument document, Document page, IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        string lang = page.GetString(CourseKeys.Lang);
        document.SetGlossaryHref(SitePaths.Relative(page.GetString(CourseKeys.UrlPath), lang + "/glossary/", settings.UseIndexHtml));
    }

    public IEnumerable<KeyValuePair<string, object?>> AfterRender(MarkdownDocument document, Document page, IExecutionContext context)
    {
        string lang = page.GetString(CourseKeys.Lang);
        MarkdownPipeline definitions = plain.GetOrAdd(lang, l => CourseMarkdown.Build(l, strings));
        string popovers = GlossaryPopovers.Render(document, markdown => Markdig.Markdown.ToHtml(markdown, definitions), GlossaryStrings.FromMap(strings.For(lang)));
        return [new(PageModelKeys.EndHtml, popovers)];
    }
}
