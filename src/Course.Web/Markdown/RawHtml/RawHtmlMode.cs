namespace Course.Web.Markdown.RawHtml;

/// <summary>What raw HTML a course allows in its pages (<c>rawHtml:</c> in course.yml).</summary>
public enum RawHtmlMode
{
    /// <summary>The harmless tags and attributes of <see cref="RawHtmlPolicy"/> (the default).</summary>
    Safe,

    /// <summary>No raw HTML at all.</summary>
    None,
}
