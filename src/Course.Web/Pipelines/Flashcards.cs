using Course.Core.Execution;
using Course.Core.Modules;
using Course.Web.Markdown;
using Course.Web.Modules;

namespace Course.Web.Pipelines;

/// <summary>
/// The flashcard decks (a page per chapter and one for the whole course): made in PostProcess, when
/// the glossary entries and the terms each page uses are known, then laid out.
/// </summary>
public sealed class Flashcards : Pipeline
{
    public Flashcards(IMarkdownSetup definitions)
    {
        PostProcessModules.Add(new RenderFlashcards(definitions));
        PostProcessModules.Add(new RenderLayout());
        OutputModules.Add(new WriteFiles());
    }
}
