using Course.Tests.Support;

namespace Course.Tests.Site;

/// <summary>The real course in input/ builds cleanly and the written site holds together.</summary>
public class RealCourseBuildTests
{
    [Fact]
    public async Task BuildsWithoutErrorsOrWarnings()
    {
        (var result, _) = await SiteBuilds.RealCourseAsync();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public async Task HasNoDeadInternalLink()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();

        var dead = SiteLinks.HtmlFiles(output)
            .SelectMany(file => SiteLinks.DeadLinks(output, file).Select(link => $"{Path.GetRelativePath(output, file)} -> {link}"))
            .ToList();

        Assert.Empty(dead);
    }

    [Fact]
    public async Task EveryInternalLinkIsRelative()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();

        foreach (string file in SiteLinks.HtmlFiles(output).Where(f => !f.EndsWith("404.html", StringComparison.Ordinal)))
        {
            string html = await File.ReadAllTextAsync(file);
            Assert.DoesNotContain("href=\"/", html, StringComparison.Ordinal);
            Assert.DoesNotContain("src=\"/", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task EveryPageHasItsLanguageTitleDescriptionAndAlternates()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();

        foreach (string lang in new[] { "kk", "ru" })
        {
            foreach (string file in Directory.EnumerateFiles(Path.Combine(output, lang), "index.html", SearchOption.AllDirectories))
            {
                string html = await File.ReadAllTextAsync(file);
                Assert.Contains($"<html lang=\"{lang}\"", html, StringComparison.Ordinal);
                Assert.Matches("<title>[^<]+</title>", html);
                Assert.Matches("<meta name=\"description\" content=\"[^\"]+\">", html);
                Assert.Contains("hreflang=\"kk\"", html, StringComparison.Ordinal);
                Assert.Contains("hreflang=\"ru\"", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task LanguageSwitchLandsOnTheTwinPage()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();

        string html = await File.ReadAllTextAsync(Path.Combine(output, "kk", "offender", "portrait", "index.html"));

        Assert.Contains("class=\"lang-switch\" href=\"../../../ru/offender/portrait/\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SitemapListsEveryPageWithAlternatesAndRobotsPointsToIt()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();

        string sitemap = await File.ReadAllTextAsync(Path.Combine(output, "sitemap.xml"));
        var document = System.Xml.Linq.XDocument.Parse(sitemap);
        System.Xml.Linq.XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var urls = document.Root!.Elements(ns + "url").ToList();
        Assert.True(urls.Count > 60, $"{urls.Count} urls");
        Assert.Contains(urls, u => u.Element(ns + "loc")!.Value.EndsWith("/kk/offender/portrait/", StringComparison.Ordinal));
        Assert.All(urls, u => Assert.Equal(2, u.Elements().Count(e => e.Name.LocalName == "link")));
        Assert.Contains("Sitemap: https://", await File.ReadAllTextAsync(Path.Combine(output, "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RootPageShowsBothLanguagesWithoutJavaScriptAndEachLanguageHasA404()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();

        string root = await File.ReadAllTextAsync(Path.Combine(output, "index.html"));
        Assert.Contains("href=\"kk/\"", root, StringComparison.Ordinal);
        Assert.Contains("href=\"ru/\"", root, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "kk", "404.html")));
        Assert.True(File.Exists(Path.Combine(output, "ru", "404.html")));
    }

    [Fact]
    public async Task IndexHtmlOptionWritesEveryPageLinkWithIndexHtml()
    {
        (var result, string output) = await SiteBuilds.RealCourseAsync(useIndexHtml: true);
        Assert.True(result.Succeeded);

        string html = await File.ReadAllTextAsync(Path.Combine(output, "kk", "offender", "portrait", "index.html"));

        Assert.Contains("href=\"../../../ru/offender/portrait/index.html\"", html, StringComparison.Ordinal);
        Assert.DoesNotMatch("href=\"[^\"#:]*/\"", html);
    }
}
