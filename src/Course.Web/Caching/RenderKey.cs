namespace Course.Web.Caching;

/// <summary>
/// Everything a page's rendering depends on. Compared as is (a hash of it cost more than the comparison,
/// and the page's text is held anyway).
/// </summary>
internal sealed record RenderKey(string Signature, string Content, string UrlPath, string DisplayPath, int BodyLineOffset);
