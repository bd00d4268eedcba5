using Course.Web.Glossary;
using Markdig.Syntax.Inlines;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>A term linked to its glossary entry; its children are the words of the text as written.</summary>
public sealed class GlossaryLinkInline(GlossaryEntry entry, GlossaryPageLinks page) : ContainerInline
{
    public GlossaryEntry Entry { get; } = entry;

    /// <summary>The link target: the page's glossary address plus #id.</summary>
    public string Href => page.HrefOf(Entry);
}
