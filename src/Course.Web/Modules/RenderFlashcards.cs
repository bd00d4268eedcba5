using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Flashcards;
using Course.Web.Glossary;
using Course.Web.Markdown;
using Course.Web.Outline;
using Course.Web.Site;
using Markdig;

namespace Course.Web.Modules;

/// <summary>
/// Makes the flashcard decks of every language (the outline's <see cref="LanguageOutline.Decks"/>): each
/// chapter's key terms and the glossary terms its pages use, and the whole course's glossary. Reads the
/// glossary entries (Glossary's Process outputs) and which terms each page uses (Content's).
/// </summary>
public sealed class RenderFlashcards(IMarkdownSetup definitions) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        UiStrings strings = context.Services.Get<UiStrings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        var files = context.Outputs.FromPipeline(nameof(Pipelines.Glossary))
            .Where(d => d.Has(CourseKeys.Glossary)).Select(d => d.Get<GlossaryFile>(CourseKeys.Glossary)!).ToList();
        ImmutableArray<Document> pages = context.Outputs.FromPipeline(nameof(Pipelines.Content));
        var result = ImmutableArray.CreateBuilder<Document>();
        foreach (string lang in settings.Languages)
        {
            if (files.FirstOrDefault(f => f.Lang == lang) is not { } file)
            {
                continue;
            }

            LanguageOutline language = outline.For(lang);
            var text = new FlashcardStrings(strings.For(lang));
            List<Document> own = [.. pages.Where(p => p.GetString(CourseKeys.Lang) == lang)];
            MarkdownPipeline pipeline = definitions.PipelineFor(context, lang);
            var entries = file.Entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
            foreach (OutlinePage deck in language.Decks)
            {
                IReadOnlyList<string> order = deck.Chapter.Length == 0
                    ? FlashcardDeckOrder.ForCourse(file.Entries.Select(e => e.Id), Uses(own))
                    : FlashcardDeckOrder.ForChapter(KeyTerms(own, deck.Chapter, file), Uses(own.Where(p => p.GetString(CourseKeys.Chapter) == deck.Chapter)));
                string glossary = SitePaths.Relative(deck.UrlPath, lang + "/glossary/", settings.UseIndexHtml);
                List<Flashcard> cards = [.. order.Where(entries.ContainsKey).Select(id => entries[id])
                    .Select(e => new Flashcard(e.Id, e.Term, Markdig.Markdown.ToHtml(e.DefinitionMarkdown, pipeline), $"{glossary}#{e.Id}"))];
                List<(string, string)> others = [.. language.Decks.Where(d => d.Key != deck.Key)
                    .Select(d => (d.Title, SitePaths.Relative(deck.UrlPath, d.UrlPath, settings.UseIndexHtml)))];
                string html = FlashcardsPageRenderer.Render(lang, cards, others, text);
                result.Add(Document.Create(null, lang + "/" + deck.Key, html)
                    .WithDestination(deck.UrlPath + "index.html")
                    .WithMetadata(
                    [
                        new(CourseKeys.Lang, lang),
                        new(CourseKeys.TranslationKey, deck.Key),
                        new(CourseKeys.Kind, PageKind.Flashcards),
                        new(CourseKeys.Chapter, deck.Chapter),
                        new(CourseKeys.UrlPath, deck.UrlPath),
                        new(Keys.Title, deck.Title),
                        new(Keys.Description, text["description"]),
                    ]));
            }
        }

        return Task.FromResult(result.ToImmutable());
    }

    /// <summary>Entry id → how many of the pages use it.</summary>
    private static Dictionary<string, int> Uses(IEnumerable<Document> pages)
    {
        var uses = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string id in pages.SelectMany(p => p.Get<IReadOnlyList<string>>(CourseKeys.GlossaryUsed) ?? []))
        {
            uses[id] = uses.GetValueOrDefault(id) + 1;
        }

        return uses;
    }

    /// <summary>The chapter's <c>keyTerms</c> (front matter of its overview) as entry ids; names the glossary lacks are left out.</summary>
    private static IEnumerable<string> KeyTerms(IEnumerable<Document> pages, string chapter, GlossaryFile file) =>
        pages.Where(p => p.GetString(CourseKeys.Chapter) == chapter && p.Get<PageKind>(CourseKeys.Kind) == PageKind.Chapter)
            .SelectMany(p => p.GetStrings(CourseKeys.KeyTerms))
            .Select(name => file.FindByName(name)?.Id)
            .OfType<string>();
}
