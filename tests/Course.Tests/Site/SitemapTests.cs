using System.Text.RegularExpressions;
using System.Xml.Linq;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>
/// sitemap.xml of the real course lists exactly the pages the build writes: every page kind a student can
/// land on (flashcard decks and the print edition too), and nothing that is not there.
/// </summary>
public sealed partial class SitemapTests
{
    private const string BaseUrl = "https://kibercourse.netlify.app/";

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /// <summary>Kinds not for search engines: the 404 pages, and a page shown in another language because its own is missing; None is no page.</summary>
    private static readonly PageKind[] NotListed = [PageKind.None, PageKind.NotFound, PageKind.Fallback];

    [Fact]
    public async Task Every_page_the_build_writes_is_in_the_sitemap_and_every_entry_is_a_page()
    {
        (var result, string output) = await SiteBuilds.RealCourseAsync();
        Assert.True(result.Succeeded);
        List<string> listed = Locations(output);

        List<string> written = [.. SiteLinks.HtmlFiles(output)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != "index.html" && !f.EndsWith("404.html", StringComparison.Ordinal))
            .Select(f => BaseUrl + f[..^"index.html".Length])];

        Assert.Equal(written.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task Every_page_kind_has_its_pages_in_the_sitemap_with_both_languages_as_alternates()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        var kinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (string loc in Locations(output))
        {
            string html = File.ReadAllText(Path.Combine(output, loc[BaseUrl.Length..], "index.html"));
            kinds.Add(BodyKind().Match(html).Groups["kind"].Value);
        }

        IEnumerable<string> expected = Enum.GetValues<PageKind>().Except(NotListed).Select(k => k.ToString().ToLowerInvariant());
        Assert.Equal(expected.Order(StringComparer.Ordinal), kinds.Order(StringComparer.Ordinal));

        XDocument sitemap = XDocument.Load(Path.Combine(output, "sitemap.xml"));
        foreach (string page in new[] { "kk/concepts/flashcards/", "ru/flashcards/", "kk/print/" })
        {
            XElement url = sitemap.Descendants(Ns + "url").Single(u => u.Element(Ns + "loc")!.Value == BaseUrl + page);
            List<string> alternates = [.. url.Elements().Where(e => e.Name.LocalName == "link").Select(e => e.Attribute("hreflang")!.Value + " " + e.Attribute("href")!.Value)];
            string twin = page.StartsWith("kk/", StringComparison.Ordinal) ? "ru/" + page[3..] : "kk/" + page[3..];
            Assert.Contains(BaseUrl + twin, string.Join("\n", alternates), StringComparison.Ordinal);
            Assert.Equal(2, alternates.Count);
        }
    }

    private static List<string> Locations(string output) =>
        [.. XDocument.Load(Path.Combine(output, "sitemap.xml")).Descendants(Ns + "loc").Select(l => l.Value)];

    [GeneratedRegex("<body class=\"kind-(?<kind>[a-z]+)")]
    private static partial Regex BodyKind();
}
