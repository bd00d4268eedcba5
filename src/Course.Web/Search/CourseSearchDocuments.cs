using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Web.Glossary;
using Course.Web.Outline;
using Course.Web.Site;

namespace Course.Web.Search;

/// <summary>
/// What a language's search finds, in reading order: every page cut into its <c>&lt;h2&gt;</c> sections,
/// then the glossary entries. The chapters are the course, so they rank first; the rest is found by
/// its names but ranks below them (docs/search.md, "What is indexed").
/// </summary>
public static class CourseSearchDocuments
{
    /// <summary>Document boost of the home page, stand-alone pages (summary, sources) and glossary entries.</summary>
    public const double SecondaryBoost = 0.5;

    public static List<SearchDocument> For(string lang, ImmutableArray<Document> pages, ImmutableArray<Document> glossaries, CourseOutline outline)
    {
        List<SearchDocument> documents = Sections(lang, pages, outline).Concat(GlossaryEntries(lang, glossaries)).ToList();
        return documents.Select((d, i) => d with { Ref = SearchRefs.FromOrdinal(i) }).ToList();
    }

    private static IEnumerable<SearchDocument> Sections(string lang, ImmutableArray<Document> pages, CourseOutline outline)
    {
        LanguageOutline language = outline.For(lang);
        return pages.Where(p => p.GetString(CourseKeys.Lang) == lang && p.Get<PageKind>(CourseKeys.Kind) != PageKind.Fallback)
            .OrderBy(p => language.PositionOf(p.GetString(CourseKeys.TranslationKey)))
            .SelectMany(p => p.Get<IReadOnlyList<SearchDocument>>(CourseKeys.SearchSections) ?? SectionsOf(p, language));
    }

    /// <summary>One page's sections (refs not yet given): <see cref="Modules.CountSearchTerms"/> makes them while the page renders.</summary>
    public static IEnumerable<SearchDocument> SectionsOf(Document page, LanguageOutline language)
    {
        PageKind kind = page.Get<PageKind>(CourseKeys.Kind);
        string title = page.GetString(Keys.Title);
        string chapterSlug = page.GetString(CourseKeys.Chapter);
        string chapter = language.Entries.FirstOrDefault(e => e.Chapter?.Slug == chapterSlug)?.Page.Title ?? title;
        string url = page.GetString(CourseKeys.UrlPath)[(language.Lang.Length + 1)..];
        string description = page.GetString(Keys.Description);
        string intro = string.Join(' ', Strings(page, CourseKeys.Objectives).Concat(Strings(page, CourseKeys.Takeaways)).Prepend(description));

        // A stand-alone page (summary, sources) recaps the chapters or lists references: it is found by
        // its title, description and headings, and its words are left to the chapters that teach them.
        bool wordsIndexed = kind != PageKind.Page;
        double boost = kind is PageKind.Chapter or PageKind.Section ? 1 : SecondaryBoost;
        foreach ((string id, string heading, string text) in SectionSplitter.Split(page.Content))
        {
            bool first = id.Length == 0;
            string body = (first ? intro + " " + text : text).Trim();
            if (body.Length == 0)
            {
                continue;
            }

            string indexed = wordsIndexed ? body : first ? description : "";
            yield return new SearchDocument(string.Empty, first ? url : url + "#" + id, title, first ? title : heading, chapter, indexed)
            {
                Boost = boost,
                Excerpt = body,
            };
        }
    }

    // An entry is found by its term and aliases; its definition is shown, not indexed: the chapter
    // that introduces the term already holds those words.
    private static IEnumerable<SearchDocument> GlossaryEntries(string lang, ImmutableArray<Document> glossaries)
    {
        foreach (Document page in glossaries.Where(g => g.GetString(CourseKeys.Lang) == lang))
        {
            string title = page.GetString(Keys.Title);
            foreach (GlossaryEntry entry in page.Get<GlossaryFile>(CourseKeys.Glossary)?.Entries ?? [])
            {
                yield return new SearchDocument(string.Empty, "glossary/#" + entry.Id, title, entry.Term, title, "")
                {
                    Boost = SecondaryBoost,
                    Keywords = string.Join(' ', entry.Aliases),
                    Excerpt = HtmlText.Strip(Markdig.Markdown.ToHtml(entry.DefinitionMarkdown)),
                };
            }
        }
    }

    private static IEnumerable<string> Strings(Document page, string key) =>
        page.GetStrings(key);
}
