using Course.Core.Diagnostics;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Web.Markdown.RawHtml;

/// <summary>
/// Checks a parsed page against the raw HTML policy: Markdig's HTML blocks and inline tags, and every link
/// or image URL (a Markdown 'javascript:' link is refused with what is wrong with it, not as a missing page).
/// </summary>
public static class RawHtmlChecker
{
    public static IEnumerable<Diagnostic> Check(MarkdownDocument document, RawHtmlMode mode, string display, int lineOffset)
    {
        foreach (HtmlBlock block in document.Descendants<HtmlBlock>())
        {
            string text = block.Lines.ToString();
            foreach (HtmlTag tag in HtmlTagScanner.Scan(text).Where(t => !t.IsEnd))
            {
                if (RawHtmlPolicy.Problem(tag, mode) is var (message, fix, at))
                {
                    int offset = at?.Offset ?? tag.Offset;
                    int lineInBlock = text.AsSpan(0, offset).Count('\n');
                    int column = offset - (text.LastIndexOf('\n', Math.Max(offset - 1, 0)) + 1) + 1 + (lineInBlock == 0 ? block.Column : 0);
                    yield return Diagnostic.Error(display, block.Line + 1 + lineInBlock + lineOffset, column, message, fix);
                }
            }
        }

        foreach (HtmlInline inline in InlineWalker.All<HtmlInline>(document))
        {
            foreach (HtmlTag tag in HtmlTagScanner.Scan(inline.Tag ?? string.Empty).Where(t => !t.IsEnd))
            {
                if (RawHtmlPolicy.Problem(tag, mode) is var (message, fix, at))
                {
                    yield return Diagnostic.Error(display, inline.Line + 1 + lineOffset, inline.Column + 1 + (at?.Offset ?? 0), message, fix);
                }
            }
        }

        foreach (LinkInline link in InlineWalker.All<LinkInline>(document))
        {
            if (link.Url is { } url && UrlSchemes.RunsCode(url) is { } scheme)
            {
                string what = link.IsImage ? "The image's address" : "The link's target";
                yield return Diagnostic.Error(display, link.Line + 1 + lineOffset, link.Column + 1, UrlSchemes.Message(scheme, what), UrlSchemes.Fix);
            }
        }
    }
}
