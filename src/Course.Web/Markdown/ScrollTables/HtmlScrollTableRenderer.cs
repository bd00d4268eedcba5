using System.Globalization;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Web.Markdown.ScrollTables;

/// <summary>
/// Writes Markdig's table inside <c>&lt;div class="table-scroll" tabindex="0" role="region" aria-label="Table N"&gt;</c>;
/// the number (per page, from 1) keeps the regions' names apart. The phone hint is the wrapper's data-hint,
/// drawn by CSS, so it is not part of the page's text (search, word count).
/// </summary>
public sealed class HtmlScrollTableRenderer(HtmlTableRenderer tables, ScrollTableLabels labels) : HtmlObjectRenderer<Table>
{
    private const string CountKey = "ScrollTableCount";

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        int number = NextNumber(table);
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\" data-hint=\"").WriteEscape(labels.Hint).Write("\">");
        renderer.Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
            .WriteEscape(labels.Table + " " + number.ToString(CultureInfo.InvariantCulture)).WriteLine("\">");
        tables.Write(renderer, table);
        renderer.WriteLine("</div></div>");
    }

    private static int NextNumber(Block block)
    {
        Block root = block;
        while (root.Parent is { } parent)
        {
            root = parent;
        }

        int number = (root.GetData(CountKey) as int? ?? 0) + 1;
        root.SetData(CountKey, number);
        return number;
    }
}
