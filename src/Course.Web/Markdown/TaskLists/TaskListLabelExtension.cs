using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers;

namespace Course.Web.Markdown.TaskLists;

/// <summary>Gives each task-list checkbox its item's text as its name (an unnamed checkbox is an accessibility error). Registered after the task lists.</summary>
public sealed class TaskListLabelExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && html.ObjectRenderers.Find<HtmlTaskListRenderer>() is not null)
        {
            html.ObjectRenderers.Replace<HtmlTaskListRenderer>(new HtmlLabelledTaskListRenderer());
        }
    }
}
