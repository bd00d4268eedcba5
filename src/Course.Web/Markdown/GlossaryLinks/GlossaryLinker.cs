using Course.Web.Glossary.Matching;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>
/// Walks one document in reading order and links the first occurrence of each entry, never inside headings,
/// code, raw HTML or links. Adjacent literals joined by soft line breaks are matched as one text, so a term
/// wrapped over two source lines still links.
/// </summary>
internal sealed class GlossaryLinker(GlossaryTermMatcher matcher, GlossaryPageLinks links)
{
    public void LinkBlocks(ContainerBlock container)
    {
        foreach (Block block in container)
        {
            switch (block)
            {
                case HeadingBlock or CodeBlock or HtmlBlock:
                    break;
                case ContainerBlock child:
                    LinkBlocks(child);
                    break;
                case LeafBlock { Inline: not null } leaf:
                    LinkInlines(leaf.Inline);
                    break;
            }
        }
    }

    private void LinkInlines(ContainerInline container)
    {
        var run = new List<Inline>();
        foreach (Inline child in container.ToList())
        {
            if (child is LiteralInline or LineBreakInline { IsHard: false })
            {
                run.Add(child);
                continue;
            }

            LinkRun(run);
            if (child is EmphasisInline || child.GetType() == typeof(ContainerInline))
            {
                LinkInlines((ContainerInline)child);
            }
        }

        LinkRun(run);
    }

    private void LinkRun(List<Inline> run)
    {
        if (run.Count > 0)
        {
            var text = new InlineRun(run);
            foreach (var match in matcher.FindMatches(text.Text))
            {
                if (!links.Contains(match.Entry) && text.TryWrap(match.Start, match.End, () => new GlossaryLinkInline(match.Entry, links)))
                {
                    links.Add(match.Entry);
                }
            }
        }

        run.Clear();
    }
}
