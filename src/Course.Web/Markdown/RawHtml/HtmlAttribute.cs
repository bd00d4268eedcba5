namespace Course.Web.Markdown.RawHtml;

/// <summary>An attribute of a raw HTML tag, its value with character references decoded.</summary>
public sealed record HtmlAttribute(int Offset, string Name, string Value);
