using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Markdown;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>The whole course on one page per language (kk/print/), for printing and the PDF: made in PostProcess from Content's rendered pages and the glossary.</summary>
public sealed class PrintEdition : Pipeline
{
    public PrintEdition(IMarkdownSetup definitions)
    {
        PostProcessModules.Add(new RenderPrintEdition(definitions));
        OutputModules.Add(new WriteFiles());
    }
}
