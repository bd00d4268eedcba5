using Markdig;

namespace Course.Web.Markdown.ScrollTables;

/// <summary>Registration of the scrollable table regions.</summary>
public static class ScrollTablePipelineExtensions
{
    /// <summary>After <c>UsePipeTables</c>/<c>UseGridTables</c>: their renderer is the one wrapped.</summary>
    public static MarkdownPipelineBuilder UseScrollTables(this MarkdownPipelineBuilder pipeline, ScrollTableLabels labels)
    {
        pipeline.Extensions.ReplaceOrAdd<ScrollTableExtension>(new ScrollTableExtension(labels));
        return pipeline;
    }
}
