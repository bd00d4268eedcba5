using System.Text.RegularExpressions;
using System.Xml.Linq;
using Course.Cli.Commands;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>
/// Issue #11 points 3, 6 and 10 on a course published in a subfolder: a valid sitemap, 404 pages that work
/// there, a favicon on every page, and a page missing in the source language published under its own language.
/// </summary>
public sealed partial class SiteAddressTests : IAsyncLifetime
{
    private readonly TempFolder temp = new();
    private string report = string.Empty;
    private int exit;

    private string Output => temp.Combine("output");

    public async ValueTask InitializeAsync()
    {
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        string settings = Path.Combine(input, "course.yml");
        File.WriteAllText(settings, BaseUrl().Replace(File.ReadAllText(settings), "baseUrl: https://example.org/course/"));
        File.WriteAllText(Path.Combine(input, "ru", MiniCourse.Chapter, "ru-only.md"), "---\ntitle: Только по-русски\ndescription: Страница без казахского оригинала.\norder: 30\n---\n\nТекст.\n");
        var console = new StringWriter();
        exit = await BuildCommand.RunAsync(new BuildOptions(input, Repo.Theme), Output, console, CancellationToken.None);
        report = console.ToString();
    }

    public ValueTask DisposeAsync()
    {
        temp.Dispose();
        return ValueTask.CompletedTask;
    }

    [Fact]
    public void APageWithoutATwinInTheSourceLanguageIsAWarningAndItsFallbackIsMarkedWithItsLanguage()
    {
        Assert.True(exit == 0, report);
        Assert.Contains($"ru/{MiniCourse.Chapter}/ru-only.md:1:1: warning: The page has no twin in the source language 'kk'", report, StringComparison.Ordinal);
        string fallback = File.ReadAllText(Path.Combine(Output, "kk", MiniCourse.Chapter, "ru-only", "index.html"));
        Assert.Contains("<html lang=\"kk\"", fallback, StringComparison.Ordinal);
        Assert.Contains("<h1 lang=\"ru\">Только по-русски</h1>", fallback, StringComparison.Ordinal);
        Assert.DoesNotContain("Текст.", fallback, StringComparison.Ordinal);
    }

    [Fact]
    public void TheSitemapIsValidXmlWithWellFormedAbsoluteAddresses()
    {
        XDocument sitemap = XDocument.Load(Path.Combine(Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        List<string> locations = [.. sitemap.Descendants(ns + "loc").Select(l => l.Value)];
        Assert.NotEmpty(locations);
        Assert.All(locations, loc =>
        {
            Assert.True(Uri.IsWellFormedUriString(loc, UriKind.Absolute), loc);
            Assert.StartsWith("https://example.org/course/", loc, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void NotFoundPagesLinkEverythingUnderTheBasePathSoTheyWorkInASubfolder()
    {
        foreach (string page in new[] { "404.html", "kk/404.html", "ru/404.html" })
        {
            string html = File.ReadAllText(Path.Combine(Output, page));
            List<string> links = [.. Reference().Matches(html).Select(m => m.Groups["url"].Value).Where(u => !u.StartsWith('#') && !u.Contains("://", StringComparison.Ordinal))];
            Assert.NotEmpty(links);
            Assert.All(links, url => Assert.StartsWith("/course/", url, StringComparison.Ordinal));
            Assert.Contains("href=\"/course/assets/favicon.svg\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EveryPageLinksTheFaviconRelativelyAndTheFileExists()
    {
        Assert.True(File.Exists(Path.Combine(Output, "assets", "favicon.svg")));
        Assert.Contains("prefers-color-scheme:dark", File.ReadAllText(Path.Combine(Output, "assets", "favicon.svg")), StringComparison.Ordinal);
        foreach (string page in SiteLinks.HtmlFiles(Output).Where(p => !p.EndsWith("404.html", StringComparison.Ordinal)))
        {
            Match icon = Favicon().Match(File.ReadAllText(page));
            Assert.True(icon.Success, page);
            string href = icon.Groups["href"].Value;
            Assert.False(href.StartsWith('/'), page);
            Assert.True(File.Exists(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href))), $"{page}: {href}");
        }
    }

    [GeneratedRegex("^baseUrl:.*$", RegexOptions.Multiline)]
    private static partial Regex BaseUrl();

    [GeneratedRegex("(?:href|src)=\"(?<url>[^\"]+)\"")]
    private static partial Regex Reference();

    [GeneratedRegex("<link rel=\"icon\" href=\"(?<href>[^\"]+)\"")]
    private static partial Regex Favicon();
}
