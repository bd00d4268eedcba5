namespace Course.Web.Markdown;

/// <summary>A link's #fragment to check once every page's headings are known.</summary>
public sealed record PendingAnchor(string TargetUrlPath, string Fragment, string File, int Line, int Column);
