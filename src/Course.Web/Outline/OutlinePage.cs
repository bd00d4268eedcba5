using Course.Web.Site;

namespace Course.Web.Outline;

/// <summary>A page as navigation sees it. <see cref="Key"/> is the path inside the language folder.</summary>
public sealed record OutlinePage(string Lang, string Key, PageKind Kind, string Chapter, string UrlPath, string Title, int Order);
