using Course.Core.Documents;
using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;
using Course.Web.Site;

namespace Course.Web.Pipelines;

/// <summary>The Markdown pages: rendered per page in Process, laid out with the whole site in PostProcess.</summary>
public sealed class Content : Pipeline
{
    public Content(RenderMarkdown renderMarkdown)
    {
        Dependencies.Add(nameof(Inputs));
        Dependencies.Add(nameof(Glossary));
        ProcessModules.Add(new ReplaceDocuments(nameof(Inputs)));
        ProcessModules.Add(new FilterDocuments(d => d.Get<PageKind>(CourseKeys.Kind) is PageKind.Home or PageKind.Chapter or PageKind.Section or PageKind.Page && d.Has(CourseKeys.Kind)));
        ProcessModules.Add(renderMarkdown);
        ProcessModules.Add(new AddFallbackPages());
        PostProcessModules.Add(new CheckAnchors());
        PostProcessModules.Add(new MarkTranslationState());
        PostProcessModules.Add(new RenderLayout());
        OutputModules.Add(new WriteFiles());
    }
}
