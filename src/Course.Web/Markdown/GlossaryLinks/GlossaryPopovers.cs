using System.Text;
using Course.Web.Glossary;
using Course.Web.Glossary.Page;
using Markdig.Syntax;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>
/// The hidden definitions that term links describe themselves by (<c>aria-describedby</c>) and that
/// glossary.js shows as popovers: one per entry the page links to. The layout puts this HTML after the content.
/// </summary>
public static class GlossaryPopovers
{
    private const string TooltipPrefix = "term-def-";

    public static string TooltipIdOf(string entryId) => TooltipPrefix + entryId;

    /// <param name="renderMarkdown">Renders a definition's Markdown to HTML for this page (links resolved from it, no term links).</param>
    public static string Render(MarkdownDocument document, Func<string, string> renderMarkdown, GlossaryStrings strings) =>
        Render(document.GetGlossaryLinks(), renderMarkdown, strings);

    public static string Render(GlossaryPageLinks links, Func<string, string> renderMarkdown, GlossaryStrings strings)
    {
        if (links.Entries.Count == 0)
        {
            return "";
        }

        var html = new StringBuilder("<div class=\"term-popovers\">\n");
        foreach (GlossaryEntry entry in links.Entries)
        {
            string id = HtmlEscape.Text(entry.Id);
            html.Append("<div class=\"term-popover\" data-term-popover=\"").Append(id).Append("\" hidden>\n")
                .Append("<div class=\"term-popover-text\" role=\"tooltip\" id=\"").Append(TooltipPrefix).Append(id).Append("\">\n")
                .Append("<p class=\"term-popover-term\"><strong>").Append(HtmlEscape.Text(entry.Term)).Append("</strong>")
                .Append(entry.IsAbbreviation ? $" <span class=\"term-popover-kind\">{HtmlEscape.Text(strings.KindAbbreviation)}</span>" : "")
                .Append("</p>\n")
                .Append(renderMarkdown(entry.DefinitionMarkdown).Trim()).Append('\n')
                .Append("</div>\n")
                .Append("<a class=\"term-popover-more\" href=\"").Append(HtmlEscape.Text(links.HrefOf(entry))).Append("\" tabindex=\"-1\">")
                .Append(HtmlEscape.Text(strings.OpenInGlossary)).Append("</a>\n")
                .Append("</div>\n");
        }

        return html.Append("</div>\n").ToString();
    }
}
