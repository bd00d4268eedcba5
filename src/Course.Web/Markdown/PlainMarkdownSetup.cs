using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Site;
using Markdig;
using Markdig.Syntax;

namespace Course.Web.Markdown;

/// <summary>The course's Markdown without glossary links (for the definitions section itself).</summary>
public sealed class PlainMarkdownSetup(UiStrings strings) : IMarkdownSetup
{
    public MarkdownPipeline PipelineFor(IExecutionContext context, string lang) => CourseMarkdown.Build(lang, strings);

    public string Signature(IExecutionContext context) => nameof(PlainMarkdownSetup);

    public void AfterParse(MarkdownDocument document, Document page, IExecutionContext context)
    {
    }

    public IEnumerable<KeyValuePair<string, object?>> AfterRender(MarkdownDocument document, Document page, IExecutionContext context) => [];
}
