namespace Course.Web.Markdown.RawHtml;

/// <summary>A start or end tag found in raw HTML, at <paramref name="Offset"/> in the scanned text.</summary>
public sealed record HtmlTag(int Offset, string Name, bool IsEnd, IReadOnlyList<HtmlAttribute> Attributes);
