using Course.Web.Languages;
using Markdig;

namespace Course.Web.Markdown.Charts;

public static class ChartMarkdownExtensions
{
    public static MarkdownPipelineBuilder UseCharts(this MarkdownPipelineBuilder pipeline, ChartLabels labels, NumberFormat numbers)
    {
        pipeline.Extensions.ReplaceOrAdd<ChartExtension>(new ChartExtension(labels, numbers));
        return pipeline;
    }
}
