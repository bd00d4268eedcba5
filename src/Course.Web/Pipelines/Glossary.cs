using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Markdown;
using Course.Web.Modules;
using Course.Web.Site;

namespace Course.Web.Pipelines;

/// <summary>
/// The definitions section of each language: parsed into entries in Process (the chapters link to
/// them), laid out as the glossary page, with where each term is used, in PostProcess.
/// </summary>
public sealed class Glossary : Pipeline
{
    public Glossary(IMarkdownSetup definitions)
    {
        Dependencies.Add(nameof(Inputs));
        ProcessModules.Add(new ReplaceDocuments(nameof(Inputs)));
        ProcessModules.Add(new FilterDocuments(d => d.Get<PageKind>(CourseKeys.Kind) == PageKind.Glossary));
        ProcessModules.Add(new ParseGlossary());
        PostProcessModules.Add(new RenderGlossaryPage(definitions));
        PostProcessModules.Add(new RenderLayout());
        OutputModules.Add(new WriteFiles());
    }
}
