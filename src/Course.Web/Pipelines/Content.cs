using Course.Core.Documents;
using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Modules;
using Course.Web.Site;

namespace Course.Web.Pipelines;

/// <summary>
/// The Markdown pages. Process takes each page through every step in one pass (render, translation
/// notice, search terms, layout, staging), so a big course is never held in memory twice; the layout's
/// whole-site parts come from the outline of Inputs. PostProcess checks links to anchors across pages
/// and writes each language's reading map (words and sections of every page, for progress).
/// </summary>
public sealed class Content : Pipeline
{
    public Content(RenderMarkdown renderMarkdown)
    {
        Dependencies.Add(nameof(Inputs));
        Dependencies.Add(nameof(Glossary));
        ProcessModules.Add(new ReplaceDocuments(nameof(Inputs)));
        ProcessModules.Add(new FilterDocuments(d => d.Get<PageKind>(CourseKeys.Kind) is PageKind.Home or PageKind.Chapter or PageKind.Section or PageKind.Page));
        ProcessModules.Add(new AddFallbackPages());
        ProcessModules.Add(new ForEachDocument(renderMarkdown, new MarkTranslationState(), new CountSearchTerms(), new RenderLayout(), new StageFiles()));
        PostProcessModules.Add(new CheckAnchors());
        PostProcessModules.Add(new GenerateReadingMap());
        OutputModules.Add(new WriteFiles());
    }
}
