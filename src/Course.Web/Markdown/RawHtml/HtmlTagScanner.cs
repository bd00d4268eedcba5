using System.Net;

namespace Course.Web.Markdown.RawHtml;

/// <summary>
/// Finds the tags in a piece of raw HTML as a browser would start reading them: '&lt;' then a letter (or '/'
/// and a letter) opens a tag; comments are skipped. Attribute values are decoded, so an entity cannot hide a scheme.
/// </summary>
public static class HtmlTagScanner
{
    public static IEnumerable<HtmlTag> Scan(string html)
    {
        int i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }

            int start = i;
            int p = i + 1;
            bool isEnd = p < html.Length && html[p] == '/';
            if (isEnd)
            {
                p++;
            }

            if (p >= html.Length || !char.IsAsciiLetter(html[p]))
            {
                i++;
                continue;
            }

            int nameStart = p;
            while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] is not '/' and not '>')
            {
                p++;
            }

            string name = html[nameStart..p].ToLowerInvariant();
            var attributes = new List<HtmlAttribute>();
            while (p < html.Length && html[p] != '>')
            {
                if (char.IsWhiteSpace(html[p]) || html[p] == '/')
                {
                    p++;
                    continue;
                }

                int attributeStart = p;
                while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] is not '=' and not '>' and not '/')
                {
                    p++;
                }

                string attribute = html[attributeStart..p].ToLowerInvariant();
                while (p < html.Length && char.IsWhiteSpace(html[p]))
                {
                    p++;
                }

                string value = string.Empty;
                if (p < html.Length && html[p] == '=')
                {
                    p++;
                    while (p < html.Length && char.IsWhiteSpace(html[p]))
                    {
                        p++;
                    }

                    if (p < html.Length && html[p] is '"' or '\'')
                    {
                        char quote = html[p];
                        int close = html.IndexOf(quote, p + 1);
                        close = close < 0 ? html.Length : close;
                        value = html[(p + 1)..close];
                        p = Math.Min(close + 1, html.Length);
                    }
                    else
                    {
                        int valueStart = p;
                        while (p < html.Length && !char.IsWhiteSpace(html[p]) && html[p] != '>')
                        {
                            p++;
                        }

                        value = html[valueStart..p];
                    }
                }

                if (attribute.Length == 0)
                {
                    p++; // a stray character: skip it rather than loop
                    continue;
                }

                attributes.Add(new HtmlAttribute(attributeStart, attribute, WebUtility.HtmlDecode(value)));
            }

            yield return new HtmlTag(start, name, isEnd, attributes);
            i = Math.Max(p, start + 1);
        }
    }
}
