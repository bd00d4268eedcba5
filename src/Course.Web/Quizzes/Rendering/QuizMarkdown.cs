using Markdig;
using Markdig.Parsers;
using Markdig.Renderers;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// Renders the inline Markdown of quiz texts (<c>**bold**</c>, <c>*italic*</c>, <c>`code`</c>). Only the
/// paragraph block parser is kept, so "1. first" or "- item" stay text, and raw HTML is escaped.
/// </summary>
internal static class QuizMarkdown
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>HTML phrasing content, without a wrapping paragraph.</summary>
    public static string ToHtml(string markdown)
    {
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { ImplicitParagraph = true };
        Pipeline.Setup(renderer);
        renderer.Render(Markdig.Markdown.Parse(markdown, Pipeline));
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>The text without formatting, for places that cannot hold markup such as <c>&lt;option&gt;</c>.</summary>
    public static string ToPlainText(string markdown) =>
        Markdig.Markdown.ToPlainText(markdown, Pipeline).Trim().Replace('\n', ' ');

    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().DisableHtml();
        builder.BlockParsers.RemoveAll(parser => parser is not ParagraphBlockParser);
        return builder.Build();
    }
}
