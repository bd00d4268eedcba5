using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Course.Web.Markdown.ScrollTables;
using Markdig;

namespace Course.Tests.Markdown;

/// <summary><see cref="ScrollTableExtension"/>: every table in a named, focusable region; no empty header cell reaches the page.</summary>
public class ScrollTableExtensionTests
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseScrollTables(new ScrollTableLabels("Table", "scroll →")).Build();

    private static IDocument Render(string markdown) => new HtmlParser().ParseDocument(Markdig.Markdown.ToHtml(markdown, Pipeline));

    [Fact]
    public void Numbers_each_table_region_of_a_page()
    {
        IDocument page = Render("| a | b |\n|---|---|\n| 1 | 2 |\n\ntext\n\n| c |\n|---|\n| 3 |\n");

        Assert.Equal(["Table 1", "Table 2"], page.QuerySelectorAll(".table-wrap > .table-scroll[role=region][tabindex='0']").Select(r => r.GetAttribute("aria-label")));
        Assert.Equal("scroll →", page.QuerySelector(".table-wrap")!.GetAttribute("data-hint"));
    }

    [Fact]
    public void The_empty_corner_of_a_two_way_table_is_a_plain_cell()
    {
        IDocument page = Render("| | Narrow | Broad |\n|---|:---|---|\n| Object | x | y |\n");

        Assert.Equal(["td", "th", "th"], page.QuerySelectorAll("thead tr > *").Select(c => c.LocalName));
        Assert.Equal(["Narrow", "Broad"], page.QuerySelectorAll("thead th").Select(c => c.TextContent));
        Assert.Equal(["Object", "x", "y"], page.QuerySelectorAll("tbody td").Select(c => c.TextContent));
    }

    [Fact]
    public void A_header_row_without_text_is_left_out()
    {
        IDocument page = Render("| | |\n|---|---|\n| Course | Criminology |\n| | **Total** |\n");

        Assert.Null(page.QuerySelector("thead"));
        Assert.Empty(page.QuerySelectorAll("th"));
        Assert.Equal(2, page.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("Total", page.QuerySelectorAll("tbody tr")[1].QuerySelector("strong")!.TextContent);
    }
}
