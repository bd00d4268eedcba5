using System.Collections.Immutable;
using System.Text;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Glossary;
using Course.Web.Outline;
using Course.Web.Search;
using Course.Web.Search.Stemming;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Writes search/&lt;lang&gt;/index.js per language: page sections and glossary entries indexed with the
/// language's stemmer, as a script so it loads over HTTP and from file:// alike; warns above the size budget.
/// </summary>
public sealed class GenerateSearchIndex : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        ImmutableArray<Document> pages = context.Outputs.FromPipeline(nameof(Pipelines.Content));
        ImmutableArray<Document> glossaries = context.Outputs.FromPipeline(nameof(Pipelines.Glossary));
        var outputs = ImmutableArray.CreateBuilder<Document>();
        foreach (string lang in settings.Languages)
        {
            if (!StemmerRegistry.TryFor(lang, out IStemmer? stemmer))
            {
                continue;
            }

            List<SearchDocument> documents = Sections(lang, pages, outline).Concat(Glossary(lang, glossaries)).ToList();
            documents = documents.Select((d, i) => d with { Ref = SearchRefs.FromOrdinal(i) }).ToList();
            SearchIndexOutput output = new SearchIndexGenerator(lang, stemmer, StopWords(lang)).Generate(documents);
            string destination = output.Path;
            if (output.Size.GzipBytes > settings.SearchBudgetKilobytes * 1024)
            {
                context.Diagnostics.Add(Diagnostic.Warning(destination, 1, 1, $"The {lang} search index is {output.Size.GzipBytes / 1024} KB gzipped, above the budget of {settings.SearchBudgetKilobytes} KB.", "Raise 'searchBudgetKb' in course.yml or split long pages."));
            }

            outputs.Add(Document.Create(null, destination, Encoding.UTF8.GetString(output.Script))
                .WithDestination(destination)
                .WithMetadata("SummaryLine", $"search {lang}: {output.Size}"));
        }

        return Task.FromResult(outputs.ToImmutable());
    }

    private static IEnumerable<string> StopWords(string lang) => lang == "kk" ? KazakhStopWords.Words : RussianStopWords.Words;

    private static IEnumerable<SearchDocument> Sections(string lang, ImmutableArray<Document> pages, CourseOutline outline)
    {
        LanguageOutline language = outline.For(lang);
        var order = language.ReadingOrder.Select((p, i) => (p.Key, i)).ToDictionary(x => x.Key, x => x.i, StringComparer.Ordinal);
        foreach (Document page in pages.Where(p => p.GetString(CourseKeys.Lang) == lang && p.Get<PageKind>(CourseKeys.Kind) != PageKind.Fallback)
            .OrderBy(p => order.TryGetValue(p.GetString(CourseKeys.TranslationKey), out int i) ? i : int.MaxValue))
        {
            string title = page.GetString(Keys.Title);
            string chapterSlug = page.GetString(CourseKeys.Chapter);
            string chapter = language.Entries.FirstOrDefault(e => e.Chapter?.Slug == chapterSlug)?.Page.Title ?? title;
            string url = page.GetString(CourseKeys.UrlPath)[(lang.Length + 1)..];
            string intro = string.Join(' ', Strings(page, CourseKeys.Objectives).Concat(Strings(page, CourseKeys.Takeaways)).Append(page.GetString(Keys.Description)));
            foreach ((string id, string heading, string text) in SectionSplitter.Split(page.Content))
            {
                string body = id.Length == 0 ? intro + " " + text : text;
                if (body.Trim().Length == 0)
                {
                    continue;
                }

                yield return new SearchDocument(string.Empty, id.Length == 0 ? url : url + "#" + id, title, id.Length == 0 ? title : heading, chapter, body.Trim());
            }
        }
    }

    private static IEnumerable<SearchDocument> Glossary(string lang, ImmutableArray<Document> glossaries)
    {
        foreach (Document page in glossaries.Where(g => g.GetString(CourseKeys.Lang) == lang))
        {
            GlossaryFile? file = page.Get<GlossaryFile>(CourseKeys.Glossary);
            foreach (GlossaryEntry entry in file?.Entries ?? [])
            {
                string text = string.Join(' ', entry.Aliases.Prepend(entry.Term)) + " " + HtmlText.Strip(Markdig.Markdown.ToHtml(entry.DefinitionMarkdown));
                yield return new SearchDocument(string.Empty, "glossary/#" + entry.Id, page.GetString(Keys.Title), entry.Term, page.GetString(Keys.Title), text);
            }
        }
    }

    private static IEnumerable<string> Strings(Document page, string key) =>
        (page.Get<List<object?>>(key) ?? []).Select(o => Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty);
}
