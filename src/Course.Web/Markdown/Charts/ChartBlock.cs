using Markdig.Parsers;
using Markdig.Syntax;

namespace Course.Web.Markdown.Charts;

/// <summary>A chart in the Markdown tree: its data, or the error that kept it from being read.</summary>
public sealed class ChartBlock(BlockParser? parser) : LeafBlock(parser)
{
    public ChartData? Data { get; set; }

    public string? Error { get; set; }

    /// <summary>1-based line of the error inside the Markdown text.</summary>
    public int ErrorLine { get; set; }

    public int ErrorColumn { get; set; }
}
