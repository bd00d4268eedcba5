using System.Collections.Frozen;

namespace Course.Web.Markdown.RawHtml;

/// <summary>
/// Which raw HTML a page may contain (docs/authoring.md, "Raw HTML"): harmless formatting tags and
/// attributes only. Anything that can run code (script, iframe, object, event handlers, javascript: URLs)
/// is refused, also for hosts and LMS players without the site's Content-Security-Policy.
/// </summary>
public static class RawHtmlPolicy
{
    public static readonly FrozenSet<string> AllowedTags = new[]
    {
        "details", "summary", "div", "span", "p", "br", "hr", "figure", "figcaption", "blockquote", "pre", "code",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col",
        "ul", "ol", "li", "dl", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "section", "aside",
        "kbd", "sub", "sup", "abbr", "em", "strong", "b", "i", "u", "s", "del", "ins", "mark", "small", "q", "cite",
        "dfn", "samp", "var", "time", "ruby", "rt", "rp", "bdi", "bdo", "wbr", "a", "img",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Tags refused with a reason of their own: they run code, embed other pages or change the document.</summary>
    public static readonly FrozenSet<string> DangerousTags = new[]
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "input", "button", "textarea",
        "select", "style", "link", "meta", "base", "svg", "math", "noscript", "template", "portal",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> AllowedAttributes = new[]
    {
        "id", "class", "title", "lang", "dir", "open", "colspan", "rowspan", "scope", "headers", "href", "src", "alt",
        "width", "height", "datetime", "cite", "start", "reversed", "value", "type", "name", "loading", "decoding", "role",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> UrlAttributes = new[] { "href", "src", "cite" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What is wrong with a tag under <paramref name="mode"/>, with the attribute it concerns; null when it is allowed.</summary>
    public static (string Message, string Fix, HtmlAttribute? At)? Problem(HtmlTag tag, RawHtmlMode mode)
    {
        if (mode == RawHtmlMode.None)
        {
            return ($"Raw HTML (<{tag.Name}>) is turned off for this course.", "Write it in Markdown, or set 'rawHtml: safe' in course.yml.", null);
        }

        if (DangerousTags.Contains(tag.Name))
        {
            return ($"The HTML tag <{tag.Name}> is not allowed: it can run code, embed another page or change the whole page, and pages must work on any host and in an LMS.", "Remove it; for interactive content use the course's own features (quizzes, charts, the glossary).", null);
        }

        if (!AllowedTags.Contains(tag.Name))
        {
            return ($"The HTML tag <{tag.Name}> is not among the allowed ones.", $"Write it in Markdown or use one of: {string.Join(", ", AllowedTags.Order(StringComparer.Ordinal))}.", null);
        }

        foreach (HtmlAttribute attribute in tag.Attributes)
        {
            if (attribute.Name.StartsWith("on", StringComparison.Ordinal))
            {
                return ($"The attribute '{attribute.Name}' on <{tag.Name}> is an event handler: it runs code in the reader's browser.", "Remove it.", attribute);
            }

            if (attribute.Name == "style")
            {
                return ($"The attribute 'style' on <{tag.Name}> is not allowed: the site's Content-Security-Policy blocks inline styles.", "Remove it; the theme's CSS styles the page.", attribute);
            }

            if (UrlAttributes.Contains(attribute.Name) && UrlSchemes.RunsCode(attribute.Value) is { } scheme)
            {
                return (UrlSchemes.Message(scheme, $"The '{attribute.Name}' of <{tag.Name}>"), UrlSchemes.Fix, attribute);
            }

            if (!AllowedAttributes.Contains(attribute.Name) && !attribute.Name.StartsWith("aria-", StringComparison.Ordinal) && !attribute.Name.StartsWith("data-", StringComparison.Ordinal))
            {
                return ($"The attribute '{attribute.Name}' on <{tag.Name}> is not among the allowed ones.", $"Remove it, or use one of: {string.Join(", ", AllowedAttributes.Order(StringComparer.Ordinal))}, aria-*, data-*.", attribute);
            }
        }

        return null;
    }
}
