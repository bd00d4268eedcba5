using Markdig;

namespace Course.Web.Markdown.TaskLists;

/// <summary>Registration of the task-list checkbox names.</summary>
public static class TaskListLabelPipelineExtensions
{
    /// <summary>After <c>UseTaskLists</c>: its renderer is the one replaced.</summary>
    public static MarkdownPipelineBuilder UseTaskListLabels(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<TaskListLabelExtension>();
        return pipeline;
    }
}
