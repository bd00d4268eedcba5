using Course.Web.Languages;
using Markdig;
using Markdig.Renderers;

namespace Course.Web.Markdown.Charts;

/// <summary>Renders ```chart blocks as accessible SVG charts with a data table, numbers written the language's way.</summary>
public sealed class ChartExtension(ChartLabels labels, NumberFormat numbers) : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.DocumentProcessed -= ChartParser.Process;
        pipeline.DocumentProcessed += ChartParser.Process;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<HtmlChartRenderer>())
        {
            html.ObjectRenderers.Insert(0, new HtmlChartRenderer(labels, numbers));
        }
    }
}
