using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Course.Web.Glossary.Page;
using Course.Web.Site;

namespace Course.Web.Print;

/// <summary>
/// One rendered page as the print edition shows it: the page's article, without what only works on
/// screen (reading time, the in-page contents, the list of sections, the quiz button, the flashcards
/// link, the pop-up definitions), its ids prefixed with the page's anchor, links to pages of the book turned into links
/// inside the book and every other relative link made relative to the print page.
/// </summary>
public static partial class PrintArticle
{
    private const string ArticleStart = "<article class=\"content\">";

    /// <summary>The article of a laid-out page, or null when the page has none.</summary>
    public static string? Extract(string pageHtml)
    {
        int start = pageHtml.IndexOf(ArticleStart, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += ArticleStart.Length;
        int end = pageHtml.IndexOf("</article>", start, StringComparison.Ordinal);
        return end < 0 ? null : pageHtml[start..end];
    }

    /// <summary>The article rewritten for the book; <paramref name="pageUrlPath"/> is where its relative links were written from.</summary>
    public static string Rewrite(string article, string pageUrlPath, string anchor, PrintAnchors anchors, bool useIndexHtml)
    {
        string html = ScreenOnly().Replace(article, string.Empty);
        html = DescribedByTerm().Replace(html, string.Empty);
        // every chapter's "Objectives" would be a region named alike: in the book they are plain sections
        html = NamedSection().Replace(html, "$1");
        html = IdReference().Replace(html, m => $"{m.Groups[1].Value}=\"{string.Join(' ', m.Groups[2].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => PrintAnchors.Inside(anchor, id)))}\"");
        html = Link().Replace(html, m => $"{m.Groups[1].Value}=\"{HtmlEscape.Text(Target(WebUtility.HtmlDecode(m.Groups[2].Value), pageUrlPath, anchor, anchors, useIndexHtml))}\"");
        return FirstHeading().Replace(html, $"<h1 id=\"{anchor}\">", 1);
    }

    /// <summary>
    /// Appends an article or the glossary to the book, numbering its table regions on from <paramref name="number"/>:
    /// each page numbers its own from 1, and on the one page of the book "Table 1" of every chapter would be
    /// landmarks of the same name. Numbered piece by piece, the megabyte book is never copied whole for it.
    /// </summary>
    public static void AppendNumberingTables(StringBuilder book, string html, ref int number)
    {
        int copied = 0;
        for (Match match = TableRegion().Match(html); match.Success; match = match.NextMatch())
        {
            book.Append(html, copied, match.Index - copied).Append(match.Groups[1].ValueSpan).Append(' ')
                .Append((++number).ToString(CultureInfo.InvariantCulture)).Append('"');
            copied = match.Index + match.Length;
        }

        book.Append(html, copied, html.Length - copied);
    }

    private static string Target(string href, string pageUrlPath, string anchor, PrintAnchors anchors, bool useIndexHtml)
    {
        if (href.StartsWith('#'))
        {
            return href.Length == 1 ? "#" + anchor : "#" + PrintAnchors.Inside(anchor, href[1..]);
        }

        if (Scheme().IsMatch(href) || href.StartsWith("//", StringComparison.Ordinal))
        {
            return href;
        }

        var resolved = new Uri(new Uri("https://book.invalid/" + pageUrlPath), href);
        string path = Uri.UnescapeDataString(resolved.AbsolutePath.TrimStart('/'));
        string fragment = Uri.UnescapeDataString(resolved.Fragment.TrimStart('#'));
        if (path.EndsWith("index.html", StringComparison.Ordinal))
        {
            path = path[..^"index.html".Length];
        }

        if (anchors.TryFind(path, out string target))
        {
            return "#" + (fragment.Length == 0 ? target : PrintAnchors.Inside(target, fragment));
        }

        return SitePaths.Relative(anchors.PrintUrlPath, fragment.Length == 0 ? path : path + "#" + fragment, useIndexHtml);
    }

    [GeneratedRegex("""<p class="page-meta">.*?</p>|<details class="toc".*?</details>|<section class="chapter-sections".*?</section>|<p class="quiz-link">.*?</p>|<p class="key-terms-cards">.*?</p>""", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ScreenOnly();

    [GeneratedRegex("\\s+aria-describedby=\"term-def-[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex DescribedByTerm();

    [GeneratedRegex("(<section\\b[^>]*?)\\s+aria-labelledby=\"[^\"]*\"", RegexOptions.CultureInvariant)]
    private static partial Regex NamedSection();

    [GeneratedRegex("(?<=\\s)(id|for|aria-labelledby|aria-describedby|aria-controls)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex IdReference();

    [GeneratedRegex("(?<=\\s)(href|src)=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    [GeneratedRegex("^[a-zA-Z][a-zA-Z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    [GeneratedRegex("(role=\"region\" aria-label=\"[^\"]*?) [0-9]+\"", RegexOptions.CultureInvariant)]
    private static partial Regex TableRegion();

    [GeneratedRegex("<h1>", RegexOptions.CultureInvariant)]
    private static partial Regex FirstHeading();
}
