using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Course.Tests.Support;

namespace Course.Tests.Print;

/// <summary>The print edition (kk/print/, ru/print/): the whole course in reading order on one page, linked from every page.</summary>
public class PrintEditionTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task HoldsEveryChapterAndSectionInReadingOrderThenTheGlossary(string lang)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        IDocument print = await Page(output, lang + "/print/index.html");
        IDocument home = await Page(output, lang + "/index.html");

        // the reading order as the site's own navigation gives it: each chapter with its sections, then the single pages
        var expected = new List<string>();
        foreach (IElement entry in home.QuerySelectorAll("#site-nav > ul > li > a").Skip(1).SkipLast(1))
        {
            IDocument entryPage = await Page(output, Path.Combine(lang, entry.GetAttribute("href")!, "index.html"));
            expected.Add(entryPage.QuerySelector("article h1")!.TextContent);
            expected.AddRange(entryPage.QuerySelectorAll(".chapter-sections a").Select(a => a.TextContent));
        }

        var printed = print.QuerySelectorAll(".print-page > h1").Select(h => h.TextContent).ToList();
        Assert.Equal(expected, printed);
        Assert.True(printed.Count >= 25, $"every chapter, section and page: {printed.Count}");
        Assert.Equal("glossary", print.QuerySelectorAll(".print-page > h1")[^1].Id);
        int terms = print.QuerySelectorAll(".print-glossary-entries dt").Length;
        Assert.Equal((await Page(output, lang + "/glossary/index.html")).QuerySelectorAll("[data-glossary-entry]").Length, terms);
        Assert.True(print.QuerySelectorAll(".print-chapter").Length >= 6);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task LinksInsideTheBookStayInsideTheBookAndIdsAreUnique(string lang)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        IDocument print = await Page(output, lang + "/print/index.html");
        IElement main = print.QuerySelector("main")!;

        var ids = print.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var inBook = main.QuerySelectorAll(".print-page a[href]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(inBook, h => h.StartsWith("#p-", StringComparison.Ordinal));
        Assert.Contains(inBook, h => h.StartsWith("#glossary--", StringComparison.Ordinal));
        Assert.All(inBook.Where(h => h.StartsWith('#')), h => Assert.NotNull(print.GetElementById(h[1..])));
        // a link to another page of the site would leave the book: only the quiz pages and the outside world remain
        Assert.DoesNotContain(inBook, h => !h.StartsWith('#') && !h.Contains("://", StringComparison.Ordinal) && !h.Contains("quiz", StringComparison.Ordinal));
        Assert.Empty(main.QuerySelectorAll(".print-page .toc, .print-page .page-meta, .print-page .chapter-sections, .print-page .quiz-link, .print-page .key-terms-cards"));
        Assert.Empty(main.QuerySelectorAll(".print-page [aria-describedby^='term-def-']"));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task EveryTableRegionOfTheBookHasItsOwnNameAndNoHeaderCellIsEmpty(string lang)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        IDocument print = await Page(output, lang + "/print/index.html");

        var names = print.QuerySelectorAll("[role=region]").Select(r => r.GetAttribute("aria-label")!).ToList();
        Assert.True(names.Count > 20, $"the book's tables: {names.Count}");
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(print.QuerySelectorAll("th"), th => th.TextContent.Trim().Length == 0);
    }

    [Theory]
    [InlineData("kk/index.html", "print/")]
    [InlineData("ru/offender/portrait/index.html", "../../print/")]
    public async Task EveryPageLinksToThePrintEditionAndNoPdfIsLinkedWhenThereIsNone(string path, string href)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        IDocument page = await Page(output, path);

        Assert.Equal(href, page.QuerySelector("a[data-print-edition]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("a[data-pdf]"));
    }

    [Fact]
    public async Task APdfInThePdfFolderIsCopiedAndLinkedWithItsSize()
    {
        using var folder = new TempFolder();
        byte[] pdf = new byte[(int)(1.5 * 1024 * 1024)];
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "course-kk.pdf"), pdf);
        var result = await Course.Web.Site.CourseSite.BuildAsync(new Course.Web.Site.BuildOptions(Repo.Input, Repo.Theme, SkipSearchIndex: true, PdfFolder: folder.Path));

        Assert.True(result.Succeeded);
        Assert.Contains(result.Files, f => f.Destination == "kk/course-kk.pdf");
        Assert.DoesNotContain(result.Files, f => f.Destination == "ru/course-ru.pdf");
        string home = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Destination == "kk/index.html").ReadBytes());
        IDocument page = await new HtmlParser().ParseDocumentAsync(home);
        IElement link = page.QuerySelector("a[data-pdf]")!;
        Assert.Equal("course-kk.pdf", link.GetAttribute("href"));
        Assert.Contains("(1,5 МБ)", link.TextContent, StringComparison.Ordinal);
        Assert.Null((await new HtmlParser().ParseDocumentAsync(System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Destination == "ru/index.html").ReadBytes()))).QuerySelector("a[data-pdf]"));
    }

    private static async Task<IDocument> Page(string output, string path) =>
        await new HtmlParser().ParseDocumentAsync(await File.ReadAllTextAsync(Path.Combine(output, path)));
}
