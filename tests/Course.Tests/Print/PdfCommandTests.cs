using System.Diagnostics;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Course.Cli.Commands;
using Course.Cli.Printing;
using Course.Tests.Browser;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Print;

/// <summary>course pdf: the print edition printed by headless Chromium, read back with pdftotext (poppler-utils).</summary>
public partial class PdfCommandTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task ThePdfHoldsEveryChapterInReadingOrderWithPageNumbersAndBookmarks(string lang)
    {
        if (!File.Exists(BrowserProcess.ChromiumPath))
        {
            BrowserRequirement.Unavailable($"Chromium is not installed at {BrowserProcess.ChromiumPath}.");
        }

        using var folder = new TempFolder();
        var console = new StringWriter();
        int exit = await CoursePdf.RunAsync(new BuildOptions(Repo.Input, Repo.Theme), lang, folder.Path, BrowserProcess.ChromiumPath, console, TestContext.Current.CancellationToken);

        Assert.True(exit == ExitCodes.Built, console.ToString());
        string pdf = folder.Combine($"course-{lang}.pdf");
        Assert.False(File.Exists(folder.Combine($"course-{(lang == "kk" ? "ru" : "kk")}.pdf")), "--language prints that language only");
        Assert.Contains("/Outlines", await File.ReadAllTextAsync(pdf, System.Text.Encoding.Latin1), StringComparison.Ordinal);

        // pages as pdftotext reads them: a chapter starts a new page, its title first; every page ends with "n / total"
        List<string> pages = [.. (await PdfToTextAsync(pdf)).Split('\f').Select(Normalize)];
        if (pages[^1].Length == 0)
        {
            pages.RemoveAt(pages.Count - 1);
        }

        // the footer (pdftotext may read it before a table that ends the page), once per page
        Assert.All(pages.Select((text, i) => (text, n: i + 1)), p =>
        {
            Assert.Contains($"{p.n} / {pages.Count}", p.text, StringComparison.Ordinal);
            Assert.DoesNotContain($"{p.n} {p.n} / {pages.Count}", p.text, StringComparison.Ordinal);
        });
        List<string> chapters = await ChapterTitlesAsync(lang);
        Assert.True(chapters.Count >= 6, $"chapters: {chapters.Count}");
        var starts = chapters.Select(title => pages.FindIndex(1, text => text.StartsWith(title, StringComparison.Ordinal))).ToList();
        Assert.All(chapters.Zip(starts), c => Assert.True(c.Second > 0, $"no page starts with the chapter title '{c.First}'"));
        Assert.Equal(starts.Order().ToList(), starts);
        Assert.Equal(starts.Count, starts.Distinct().Count());
    }

    [Fact]
    public async Task WithoutChromiumItSaysWhereItLookedAndExitsWith2()
    {
        using var folder = new TempFolder();
        string missing = folder.Combine("no-chromium-here");
        var console = new StringWriter();

        int exit = await CoursePdf.RunAsync(new BuildOptions(Repo.Input, Repo.Theme), "kk", folder.Combine("pdf"), missing, console, TestContext.Current.CancellationToken);

        Assert.Equal(ExitCodes.BadUsage, exit);
        Assert.Contains($"error: Chromium was not found at '{missing}'", console.ToString(), StringComparison.Ordinal);
        Assert.Contains("Fix:", console.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder.Combine("pdf")), "nothing is written");
        Assert.Equal(ExitCodes.BadUsage, await CourseCli.RunAsync(["pdf", "--input", Repo.Input, "--theme", Repo.Theme, "--chromium", missing, "--output", folder.Combine("pdf")]));
    }

    /// <summary>The chapters in reading order as the site's navigation gives them (the home's menu, without the home and the glossary).</summary>
    private static async Task<List<string>> ChapterTitlesAsync(string lang)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        var parser = new HtmlParser();
        IDocument home = await parser.ParseDocumentAsync(await File.ReadAllTextAsync(Path.Combine(output, lang, "index.html")));
        var titles = new List<string>();
        foreach (IElement entry in home.QuerySelectorAll("#site-nav > ul > li > a").Skip(1).SkipLast(1))
        {
            IDocument page = await parser.ParseDocumentAsync(await File.ReadAllTextAsync(Path.Combine(output, lang, entry.GetAttribute("href")!, "index.html")));
            if (page.QuerySelector(".chapter-sections") is not null)
            {
                titles.Add(Normalize(page.QuerySelector("article h1")!.TextContent));
            }
        }

        return titles;
    }

    private static async Task<string> PdfToTextAsync(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", pdf, "-"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            BrowserRequirement.Unavailable("pdftotext is not installed (apt-get install poppler-utils; .ci/run installs it).");
            throw;
        }

        using (process)
        {
            string text = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);
            Assert.Equal(0, process.ExitCode);
            return text;
        }
    }

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
