using Markdig;

namespace Course.Web.Markdown.Charts;

public static class ChartMarkdownExtensions
{
    public static MarkdownPipelineBuilder UseCharts(this MarkdownPipelineBuilder pipeline, ChartLabels labels)
    {
        pipeline.Extensions.ReplaceOrAdd<ChartExtension>(new ChartExtension(labels));
        return pipeline;
    }
}
