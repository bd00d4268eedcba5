using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Web.Markdown;

/// <summary>
/// Every inline of a document in reading order, following FirstChild/NextSibling. Markdig's
/// Descendants&lt;T&gt;() skipped links in paragraphs whose inlines an extension had rearranged (glossary
/// links), so link checking walks the tree itself.
/// </summary>
public static class InlineWalker
{
    public static IEnumerable<T> All<T>(MarkdownDocument document)
        where T : Inline
    {
        foreach (LeafBlock leaf in document.Descendants<LeafBlock>())
        {
            foreach (T inline in Walk<T>(leaf.Inline?.FirstChild))
            {
                yield return inline;
            }
        }
    }

    private static IEnumerable<T> Walk<T>(Inline? inline)
        where T : Inline
    {
        for (; inline is not null; inline = inline.NextSibling)
        {
            if (inline is T match)
            {
                yield return match;
            }

            if (inline is ContainerInline container)
            {
                foreach (T child in Walk<T>(container.FirstChild))
                {
                    yield return child;
                }
            }
        }
    }
}
