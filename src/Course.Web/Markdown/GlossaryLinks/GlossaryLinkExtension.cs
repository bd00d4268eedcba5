using Course.Web.Glossary.Matching;
using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>Links the first occurrence of each glossary entry on a page to the entry on the glossary page.</summary>
public sealed class GlossaryLinkExtension(GlossaryTermMatcher matcher, GlossaryLinkOptions options) : IMarkdownExtension
{
    private readonly GlossaryLinkParser parser = new(matcher, options);

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        foreach (BlockParser blockParser in pipeline.BlockParsers)
        {
            blockParser.Closed -= parser.OnBlockClosed;
            blockParser.Closed += parser.OnBlockClosed;
        }
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlGlossaryLinkRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlGlossaryLinkRenderer());
        }
    }
}
