using Course.Core.Documents;
using Course.Core.Execution;
using Course.Web.Print;
using Course.Web.Site;

namespace Course.Web.Modules;

/// <summary>
/// Keeps the article of each laid-out page the print edition shows, before the page is staged and its text
/// dropped: the print edition is then made from memory. Reading the staged pages back cost about 3 % of a
/// 1,000-page build's CPU (native binary, perf record); the articles are about 4 KB a page, the layout around
/// them 40 KB (bench/README.md "#18 before/after").
/// </summary>
public sealed class KeepPrintArticle : Module
{
    protected override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) =>
        input.Get<PageKind>(CourseKeys.Kind) != PageKind.Home && PrintArticle.Extract(input.Content) is { } article
            ? [input.WithMetadata(CourseKeys.PrintArticle, article)]
            : [input];
}
