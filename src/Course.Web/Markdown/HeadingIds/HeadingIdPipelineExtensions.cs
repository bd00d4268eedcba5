using Markdig;

namespace Course.Web.Markdown.HeadingIds;

/// <summary>Registration of the heading ids.</summary>
public static class HeadingIdPipelineExtensions
{
    /// <summary>In place of <c>UseAutoIdentifiers(AutoIdentifierOptions.GitHub)</c>: the same ids, cheaper (see <see cref="HeadingIdExtension"/>).</summary>
    public static MarkdownPipelineBuilder UseHeadingIds(this MarkdownPipelineBuilder pipeline)
    {
        pipeline.Extensions.AddIfNotAlready<HeadingIdExtension>();
        return pipeline;
    }
}
