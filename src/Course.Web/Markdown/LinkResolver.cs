using Course.Core.Diagnostics;
using Course.Web.Site;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Web.Markdown;

/// <summary>
/// Rewrites links to Markdown and quiz sources into relative page links, checking that the target
/// exists; a dead link is an error at its file:line:column. Fragments are checked later, once every
/// page's headings are known.
/// </summary>
public sealed class LinkResolver(IReadOnlySet<string> inputPaths, bool useIndexHtml)
{
    public IReadOnlyList<PendingAnchor> Resolve(MarkdownDocument document, string pageRelativePath, string pageUrlPath, string displayPath, int lineOffset, List<Diagnostic> diagnostics)
    {
        var anchors = new List<PendingAnchor>();
        string directory = pageRelativePath.Contains('/') ? pageRelativePath[..pageRelativePath.LastIndexOf('/')] : string.Empty;
        foreach (LinkInline link in InlineWalker.All<LinkInline>(document).ToList())
        {
            string? url = link.Url;
            // a URL with a scheme (https:, mailto:, tel:) is not a course file; javascript: and the like are refused by RawHtmlChecker
            if (string.IsNullOrEmpty(url) || url.StartsWith('#') || RawHtml.UrlSchemes.HasScheme(url))
            {
                if (url is { Length: > 1 } && url.StartsWith('#'))
                {
                    anchors.Add(new PendingAnchor(pageUrlPath, url[1..], displayPath, link.Line + 1 + lineOffset, link.Column + 1));
                }

                continue;
            }

            string path = url;
            string fragment = string.Empty;
            int hash = url.IndexOf('#');
            if (hash >= 0)
            {
                path = url[..hash];
                fragment = url[(hash + 1)..];
            }

            string target = Normalize(directory, Uri.UnescapeDataString(path));
            int line = link.Line + 1 + lineOffset;
            int column = link.Column + 1;
            if (!inputPaths.Contains(target) && !ExistsInAnotherLanguage(target))
            {
                string fix = target.EndsWith(".md", StringComparison.Ordinal) || target.EndsWith(".yml", StringComparison.Ordinal)
                    ? "Link to an existing .md file, relative to this file (e.g. ../offender/portrait.md)."
                    : "Link to a page's .md file (not to its URL), relative to this file.";
                diagnostics.Add(Diagnostic.Error(displayPath, line, column, $"Link to '{url}', which does not exist (looked for {target}).", fix));
                continue;
            }

            if (target.EndsWith(".md", StringComparison.Ordinal) || target.EndsWith("quiz.yml", StringComparison.Ordinal))
            {
                string targetUrl = SitePaths.UrlPathFor(target);
                link.Url = SitePaths.Relative(pageUrlPath, targetUrl, useIndexHtml) + (fragment.Length > 0 ? "#" + fragment : string.Empty);
                if (fragment.Length > 0)
                {
                    anchors.Add(new PendingAnchor(targetUrl, fragment, displayPath, line, column));
                }
            }
            else
            {
                link.Url = SitePaths.Relative(pageUrlPath, target, useIndexHtml: false);
            }
        }

        return anchors;
    }

    /// <summary>A page not yet translated still has a URL here: its fallback notice page.</summary>
    private bool ExistsInAnotherLanguage(string target)
    {
        int slash = target.IndexOf('/');
        if (slash < 0 || !target.EndsWith(".md", StringComparison.Ordinal))
        {
            return false;
        }

        string key = target[slash..];
        return inputPaths.Any(p => p.EndsWith(key, StringComparison.Ordinal) && p.IndexOf('/') == p.Length - key.Length);
    }

    private static string Normalize(string directory, string path)
    {
        var parts = new List<string>(directory.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (string part in path.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not "." and not "")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
