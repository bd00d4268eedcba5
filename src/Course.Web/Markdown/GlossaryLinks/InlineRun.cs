using System.Text;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Course.Web.Markdown.GlossaryLinks;

/// <summary>
/// Sibling literals and soft line breaks read as one text (a break reads as a space). A range of that text can
/// be wrapped in a container inline: literals are split at the range's ends and the covered nodes moved inside.
/// </summary>
internal sealed class InlineRun
{
    private readonly List<(Inline Node, int Start, int End)> segments = [];

    public InlineRun(IEnumerable<Inline> inlines)
    {
        var text = new StringBuilder();
        foreach (Inline inline in inlines)
        {
            int start = text.Length;
            text.Append(inline is LiteralInline literal ? literal.Content.ToString() : " ");
            segments.Add((inline, start, text.Length));
        }

        Text = text.ToString();
    }

    public string Text { get; }

    /// <returns>False when the range cannot be wrapped (it would cut a line break or an already wrapped range).</returns>
    public bool TryWrap(int start, int end, Func<ContainerInline> create)
    {
        if (!TrySplitAt(start) || !TrySplitAt(end))
        {
            return false;
        }

        int first = segments.FindIndex(s => s.Start == start);
        int last = segments.FindLastIndex(s => s.End == end);
        if (first < 0 || last < first)
        {
            return false;
        }

        ContainerInline wrapper = create();
        Inline firstNode = segments[first].Node;
        wrapper.Span = new SourceSpan(firstNode.Span.Start, segments[last].Node.Span.End);
        wrapper.Line = firstNode.Line;
        wrapper.Column = firstNode.Column;
        firstNode.InsertBefore(wrapper);
        for (int i = first; i <= last; i++)
        {
            segments[i].Node.Remove();
            wrapper.AppendChild(segments[i].Node);
        }

        segments.RemoveRange(first, last - first + 1);
        segments.Insert(first, (wrapper, start, end));
        return true;
    }

    private bool TrySplitAt(int offset)
    {
        int index = segments.FindIndex(s => s.Start < offset && offset < s.End);
        if (index < 0)
        {
            return true;
        }

        (Inline node, int start, int end) = segments[index];
        if (node is not LiteralInline literal)
        {
            return false;
        }

        int length = offset - start;
        StringSlice content = literal.Content;
        var right = new LiteralInline(new StringSlice(content.Text, content.Start + length, content.End))
        {
            Span = new SourceSpan(literal.Span.Start + length, literal.Span.End),
            Line = literal.Line,
            Column = literal.Column + length,
        };
        literal.Content = new StringSlice(content.Text, content.Start, content.Start + length - 1);
        literal.Span = new SourceSpan(literal.Span.Start, literal.Span.Start + length - 1);
        literal.InsertAfter(right);
        segments[index] = (literal, start, offset);
        segments.Insert(index + 1, (right, offset, end));
        return true;
    }
}
