using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Outline;
using Course.Web.Print;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Per page, before it is staged and its text dropped: takes the article of the laid-out page and rewrites it
/// for the print edition (<see cref="PrintArticle.Rewrite"/>), kept as metadata, so the print edition only
/// joins the articles. Made from staged pages read back and rewritten as a whole, the 1,000-page course's print
/// edition took 12 % of the native build's CPU, much of it in megabyte strings (bench/README.md "#18 before/after").
/// </summary>
public sealed class RewritePrintArticle : Module
{
    private Dictionary<string, PrintAnchors> anchors = [];
    private bool useIndexHtml;

    protected override void Prepare(IExecutionContext context)
    {
        CourseOutline outline = context.Services.Get<OutlineProvider>().Get(context);
        anchors = context.Services.Get<CourseSettings>().Languages.ToDictionary(lang => lang, lang => PrintAnchors.Of(outline.For(lang)), StringComparer.Ordinal);
        useIndexHtml = context.Services.Get<CourseSettings>().UseIndexHtml;
    }

    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context)
    {
        string urlPath = input.GetString(CourseKeys.UrlPath);
        if (!anchors.TryGetValue(input.GetString(CourseKeys.Lang), out PrintAnchors? language) || !language.TryFind(urlPath, out string anchor)
            || PrintArticle.Extract(input.Content) is not { } article)
        {
            return [input];
        }

        return [input.WithMetadata(CourseKeys.PrintArticle, PrintArticle.Rewrite(article, urlPath, anchor, language, useIndexHtml).Trim())];
    }
}
