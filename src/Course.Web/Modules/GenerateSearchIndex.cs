using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Outline;
using Course.Web.Search;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Writes search/&lt;lang&gt;/index.js per language: page sections and glossary entries
/// (<see cref="CourseSearchDocuments"/>, counted per page by <see cref="CountSearchTerms"/>) indexed with the language's stemmer, as a script so it loads over HTTP and from file:// alike; warns above the size budget.
/// </summary>
public sealed class GenerateSearchIndex : IModule
{
    /// <summary>Term entries (a term in a section's field) above which the languages are indexed one at a time: about 100 MB each.</summary>
    public const long SideBySideEntries = 3_000_000;

    /// <summary>
    /// Term entries of one language above which its index is split into parts loaded on demand (about 500 KB
    /// gzipped as one script; the real course has about 25,000): a reader then downloads what a query needs.
    /// </summary>
    public const long SplitEntries = 150_000;

    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        CourseSettings settings = context.Services.Get<CourseSettings>();
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        ImmutableArray<Document> pages = context.Outputs.FromPipeline(nameof(Pipelines.Content));
        ImmutableArray<Document> glossaries = context.Outputs.FromPipeline(nameof(Pipelines.Glossary));
        // The languages' indexes are built side by side, unless the course is so big that two indexes at
        // once would cost hundreds of megabytes: then one after the other (each still on all cores).
        long entries = pages.Sum(p => (p.Get<IReadOnlyList<SearchDocument>>(CourseKeys.SearchSections) ?? []).Sum(s => s.Terms?.Values.Sum(t => (long)t.TermIds.Length) ?? 0));
        ParallelOptions parallel = new() { MaxDegreeOfParallelism = entries > SideBySideEntries ? 1 : -1 };
        (IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyList<string>>> synonyms, IReadOnlyList<Diagnostic> synonymProblems) = SearchSynonyms.Load(context.Services.Get<BuildOptions>().InputRoot);
        context.Diagnostics.AddRange(synonymProblems);
        Document[]?[] outputs = new Document[]?[settings.Languages.Length];
        Parallel.For(0, settings.Languages.Length, parallel, i =>
        {
            string lang = settings.Languages[i];
            if (!context.Services.Get<SearchIndexGenerators>().TryFor(lang, out SearchIndexGenerator? generator))
            {
                return;
            }

            List<SearchDocument> documents = CourseSearchDocuments.For(lang, pages, glossaries, outline);
            string destination = generator.ScriptPath;
            SearchIndexSize size = null!;
            IReadOnlyList<IReadOnlyList<string>>? groups = synonyms.GetValueOrDefault(lang);
            if (documents.Sum(d => d.Terms?.Values.Sum(t => (long)t.TermIds.Length) ?? 0) > SplitEntries)
            {
                SearchSplitOutput split = generator.GenerateSplit(documents, groups);
                if (split.LargestTermPartGzipBytes > settings.SearchBudgetKilobytes * 1024)
                {
                    context.Diagnostics.Add(Diagnostic.Warning(destination, 1, 1, $"The largest part of the {lang} search index is {split.LargestTermPartGzipBytes / 1024} KB gzipped, above the budget of {settings.SearchBudgetKilobytes} KB.", "Raise 'searchBudgetKb' in course.yml."));
                }

                context.Services.Get<BuildNotes>().Add($"search index {destination}: {split}");
                outputs[i] = [.. split.Files.Select(f => Document.Create(null, f.Path, new BytesContent(f.Content)).WithDestination(f.Path))];
                return;
            }

            DocumentContent? body = context.Writer.Stage(destination, stream => size = generator.Generate(documents, stream, groups));
            if (body is null)
            {
                using MemoryStream memory = new();
                size = generator.Generate(documents, memory, groups);
                body = new BytesContent(memory.ToArray());
            }

            if (size.GzipBytes > settings.SearchBudgetKilobytes * 1024)
            {
                context.Diagnostics.Add(Diagnostic.Warning(destination, 1, 1, $"The {lang} search index is {size.GzipBytes / 1024} KB gzipped, above the budget of {settings.SearchBudgetKilobytes} KB.", "Raise 'searchBudgetKb' in course.yml or split long pages."));
            }

            context.Services.Get<BuildNotes>().Add($"search index {destination}: {size.RawBytes / 1024.0:0.0} KB raw, {size.GzipBytes / 1024.0:0.0} KB gzip ({size.Documents} sections, {size.Terms} terms)");
            outputs[i] = [Document.Create(null, destination, body).WithDestination(destination)];
        });

        return Task.FromResult(outputs.OfType<Document[]>().SelectMany(d => d).ToImmutableArray());
    }
}
