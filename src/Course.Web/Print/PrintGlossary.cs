using System.Text;
using Course.Web.Glossary;
using Course.Web.Glossary.Page;

namespace Course.Web.Print;

/// <summary>The glossary as the last part of the print edition: every term in alphabetical order with its aliases and definition.</summary>
public static class PrintGlossary
{
    public static string Render(string title, GlossaryFile file, string glossaryUrlPath, Func<string, string> renderMarkdown, PrintAnchors anchors, bool useIndexHtml)
    {
        var html = new StringBuilder();
        html.Append("<h1 id=\"").Append(PrintAnchors.GlossaryAnchor).Append("\">").Append(HtmlEscape.Text(title)).Append("</h1>\n<dl class=\"print-glossary-entries\">\n");
        foreach (GlossaryEntry entry in GlossaryLetterGroups.Sort(file.Entries, file.Lang))
        {
            html.Append("<dt id=\"").Append(HtmlEscape.Text(PrintAnchors.Inside(PrintAnchors.GlossaryAnchor, entry.Id))).Append("\"><dfn>")
                .Append(HtmlEscape.Text(entry.Term)).Append("</dfn>");
            if (entry.Aliases.Count > 0)
            {
                html.Append(" <span class=\"print-aliases\">(").Append(HtmlEscape.Text(string.Join(", ", entry.Aliases))).Append(")</span>");
            }

            string definition = renderMarkdown(entry.DefinitionMarkdown).Trim();
            html.Append("</dt>\n<dd>").Append(PrintArticle.Rewrite(" " + definition, glossaryUrlPath, PrintAnchors.GlossaryAnchor, anchors, useIndexHtml).Trim()).Append("</dd>\n");
        }

        return html.Append("</dl>\n").ToString();
    }
}
