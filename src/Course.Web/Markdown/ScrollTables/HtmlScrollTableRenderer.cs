using System.Globalization;
using System.Text.RegularExpressions;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Web.Markdown.ScrollTables;

/// <summary>
/// Writes Markdig's table inside <c>&lt;div class="table-scroll" tabindex="0" role="region" aria-label="Table N"&gt;</c>;
/// the number (per page, from 1) keeps the regions' names apart. The phone hint is the wrapper's data-hint,
/// drawn by CSS, so it is not part of the page's text (search, word count). A header cell left empty (the
/// corner of a two-way table) is written as a plain cell and a header row with no text at all (a key-value
/// table written <c>| | |</c>) is left out: an empty <c>&lt;th&gt;</c> names nothing for a screen reader.
/// </summary>
public sealed partial class HtmlScrollTableRenderer(HtmlTableRenderer tables, ScrollTableLabels labels) : HtmlObjectRenderer<Table>
{
    private const string CountKey = "ScrollTableCount";

    protected override void Write(HtmlRenderer renderer, Table table)
    {
        int number = NextNumber(table);
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\" data-hint=\"").WriteEscape(labels.Hint).Write("\">");
        renderer.Write("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
            .WriteEscape(labels.Table + " " + number.ToString(CultureInfo.InvariantCulture)).WriteLine("\">");
        renderer.Write(WithoutEmptyHeaders(TableHtml(renderer, table)));
        renderer.WriteLine("</div></div>");
    }

    private string TableHtml(HtmlRenderer renderer, Table table)
    {
        TextWriter page = renderer.Writer;
        using var buffer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = page.NewLine };
        renderer.Writer = buffer;
        try
        {
            tables.Write(renderer, table);
        }
        finally
        {
            renderer.Writer = page;
        }

        return buffer.ToString();
    }

    private static string WithoutEmptyHeaders(string html) =>
        EmptyHeaderCell().Replace(EmptyHeaderRow().Replace(html, string.Empty), "<td$1></td>");

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

    [GeneratedRegex("<thead>\\s*<tr>(?:\\s*<th[^>]*></th>)*\\s*</tr>\\s*</thead>\\s*", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyHeaderRow();

    [GeneratedRegex("<th([^>]*)></th>", RegexOptions.CultureInvariant)]
    private static partial Regex EmptyHeaderCell();
}
