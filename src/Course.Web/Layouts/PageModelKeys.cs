namespace Course.Web.Layouts;

public static class PageModelKeys
{
    /// <summary>HTML a module adds at the end of the body (e.g. the glossary popovers of the terms on the page).</summary>
    public const string EndHtml = nameof(EndHtml);
}
