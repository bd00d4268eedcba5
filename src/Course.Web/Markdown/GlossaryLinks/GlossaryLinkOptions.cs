namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>
/// Where term links point and whether to link at all. Set once on the pipeline
/// (<c>UseGlossaryLinks(matcher, options)</c>) and, since the glossary's relative address differs from page
/// to page, per page through <c>MarkdownParserContext.SetGlossaryLinkOptions</c>.
/// </summary>
public sealed record GlossaryLinkOptions
{
    /// <summary>The glossary page relative to the page being rendered, e.g. <c>../../glossary/</c>; the entry's #id is appended.</summary>
    public string GlossaryHref { get; init; } = "glossary/";

    /// <summary>True for the glossary page itself, which links nothing.</summary>
    public bool IsGlossaryPage { get; init; }
}
