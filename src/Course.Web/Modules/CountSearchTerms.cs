using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Outline;
using Course.Web.Search;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Per page, while it renders: cuts the page into its search sections and counts their terms with the
/// language's pipeline, so the search index step only adds the counts up and the pages' texts are not
/// kept for it (<see cref="GenerateSearchIndex"/>).
/// </summary>
public sealed class CountSearchTerms : Module
{
    private CourseOutline? outline;
    private bool skipped;

    protected override void Prepare(IExecutionContext context)
    {
        skipped = context.Services.Get<BuildOptions>().SkipSearchIndex;
        outline = skipped ? null : context.Services.Get<OutlineProvider>().Get(context);
    }

    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        string lang = input.GetString(CourseKeys.Lang);
        if (skipped || input.Get<PageKind>(CourseKeys.Kind) == PageKind.Fallback || !context.Services.Get<SearchIndexGenerators>().TryFor(lang, out SearchIndexGenerator? generator))
        {
            return [input];
        }

        List<SearchDocument> sections = CourseSearchDocuments.SectionsOf(input, outline!.For(lang)).Select(generator.Count).ToList();
        return [input.WithMetadata(CourseKeys.SearchSections, (IReadOnlyList<SearchDocument>)sections)];
    }
}
