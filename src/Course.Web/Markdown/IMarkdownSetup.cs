using Course.Core.Documents;
using Course.Core.Execution;
using Markdig;
using Markdig.Syntax;

namespace Course.Web.Markdown;

/// <summary>What <see cref="Modules.RenderMarkdown"/> asks of the site: the pipeline of a language and per-page steps around rendering.</summary>
public interface IMarkdownSetup
{
    MarkdownPipeline PipelineFor(IExecutionContext context, string lang);

    /// <summary>Everything besides a page's own text that changes how it renders (e.g. the glossary's text), for caching.</summary>
    string Signature(IExecutionContext context);

    /// <summary>Called between parsing and rendering (e.g. to tell the glossary links where the glossary is).</summary>
    void AfterParse(MarkdownDocument document, Document page, IExecutionContext context);

    /// <summary>Metadata to add to the page once it is rendered (e.g. the popovers of the glossary terms it links).</summary>
    IEnumerable<KeyValuePair<string, object?>> AfterRender(MarkdownDocument document, Document page, IExecutionContext context);
}
