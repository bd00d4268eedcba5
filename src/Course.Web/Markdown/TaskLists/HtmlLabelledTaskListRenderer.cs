using Markdig.Extensions.TaskLists;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Course.Web.Markdown.TaskLists;

/// <summary>Markdig's task-list checkbox (disabled: it shows the author's state) with <c>aria-label</c> = the text of its list item.</summary>
public sealed class HtmlLabelledTaskListRenderer : HtmlObjectRenderer<TaskList>
{
    protected override void Write(HtmlRenderer renderer, TaskList obj)
    {
        if (!renderer.EnableHtmlForInline)
        {
            renderer.Write(obj.Checked ? "[x]" : "[ ]");
            return;
        }

        string label = obj.Parent is { } container && container.ParentBlock is LeafBlock { Inline: { } inline } ? InlineText.Of(inline) : string.Empty;
        renderer.Write("<input").WriteAttributes(obj).Write(" disabled=\"disabled\" type=\"checkbox\"");
        if (label.Length > 0)
        {
            renderer.Write(" aria-label=\"").WriteEscape(label).Write('"');
        }

        if (obj.Checked)
        {
            renderer.Write(" checked=\"checked\"");
        }

        renderer.Write(" />");
    }
}
