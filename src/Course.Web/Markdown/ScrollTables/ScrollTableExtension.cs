using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Renderers;

namespace Course.Web.Markdown.ScrollTables;

/// <summary>
/// Puts every table (pipe and grid) in a region that scrolls sideways and takes keyboard focus, so a wide
/// table on a phone can be read with a finger or the arrow keys. Registered after the tables it wraps.
/// </summary>
public sealed class ScrollTableExtension(ScrollTableLabels labels) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<HtmlTableRenderer>() is { } tables)
        {
            html.ObjectRenderers.Replace<HtmlTableRenderer>(new HtmlScrollTableRenderer(tables, labels));
        }
    }
}
