using Course.Web.Glossary.Matching;
using Markdig;
using Markdig.Syntax;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>Registration of glossary links, their per-page options, and what a parsed page links to.</summary>
public static class GlossaryLinkPipelineExtensions
{
    private static readonly object OptionsKey = typeof(GlossaryLinkOptions);

    /// <summary>Links glossary terms; build one pipeline per language, with that language's matcher.</summary>
    public static MarkdownPipelineBuilder UseGlossaryLinks(this MarkdownPipelineBuilder pipeline, GlossaryTermMatcher matcher, GlossaryLinkOptions? options = null)
    {
        pipeline.Extensions.ReplaceOrAdd<GlossaryLinkExtension>(new GlossaryLinkExtension(matcher, options ?? new GlossaryLinkOptions()));
        return pipeline;
    }

    /// <summary>Overrides the pipeline's options for one parse (the glossary's address from this page, or "this is the glossary").</summary>
    public static MarkdownParserContext SetGlossaryLinkOptions(this MarkdownParserContext context, GlossaryLinkOptions options)
    {
        context.Properties[OptionsKey] = options;
        return context;
    }

    public static GlossaryLinkOptions? GetGlossaryLinkOptions(this MarkdownParserContext context) =>
        context.Properties.GetValueOrDefault(OptionsKey) as GlossaryLinkOptions;

    /// <summary>The entries the parsed page links to, in order of first use (empty when it links none).</summary>
    public static GlossaryPageLinks GetGlossaryLinks(this MarkdownDocument document) =>
        document.GetData(typeof(GlossaryPageLinks)) as GlossaryPageLinks ?? GlossaryPageLinks.Empty;

    /// <summary>Points the page's term links (and popover links) at the glossary, relative to this page; call before rendering.</summary>
    public static void SetGlossaryHref(this MarkdownDocument document, string glossaryHref) =>
        document.GetGlossaryLinks().GlossaryHref = glossaryHref;
}
