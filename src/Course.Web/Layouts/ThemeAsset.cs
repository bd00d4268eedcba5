using Course.Web.Site;

namespace Course.Web.Layouts;

/// <summary>One stylesheet or script of <c>theme/assets.yml</c>: its path from the site's root, and the pages that load it.</summary>
/// <param name="Path">Relative to the site's root; <c>{lang}</c> stands for the page's language.</param>
/// <param name="Kinds">The page kinds that load it; null for every page.</param>
/// <param name="LmsOnly">Loaded only in a build for an LMS package.</param>
public sealed record ThemeAsset(string Path, IReadOnlySet<PageKind>? Kinds, bool LmsOnly)
{
    public bool IsFor(PageKind kind, bool lms) => (Kinds is null || Kinds.Contains(kind)) && (lms || !LmsOnly);
}
