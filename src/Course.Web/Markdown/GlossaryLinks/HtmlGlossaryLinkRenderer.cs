using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>
/// Renders <c>&lt;a class="term" href="…#id" data-term="id" aria-describedby="term-def-id"&gt;</c>; the described
/// element is emitted once per page by <see cref="GlossaryPopovers"/>. Plain-text rendering keeps only the words.
/// </summary>
public sealed class HtmlGlossaryLinkRenderer : HtmlObjectRenderer<GlossaryLinkInline>
{
    protected override void Write(HtmlRenderer renderer, GlossaryLinkInline link)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.WriteChildren(link);
            return;
        }

        renderer.Write("<a class=\"term\" href=\"").WriteEscapeUrl(link.Href)
            .Write("\" data-term=\"").WriteEscape(link.Entry.Id)
            .Write("\" aria-describedby=\"").WriteEscape(GlossaryPopovers.TooltipIdOf(link.Entry.Id))
            .Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
    }
}
