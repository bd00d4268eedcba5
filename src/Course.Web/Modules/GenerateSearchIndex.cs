using System.Collections.Immutable;
using System.Text;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Outline;
using Course.Web.Search;
using Course.Web.Search.Stemming;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Writes search/&lt;lang&gt;/index.js per language: page sections and glossary entries
/// (<see cref="CourseSearchDocuments"/>) indexed with the language's stemmer, as a script so it loads over HTTP and from file:// alike; warns above the size budget.
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

            List<SearchDocument> documents = CourseSearchDocuments.For(lang, pages, glossaries, outline);
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
}
