using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>The span-based <see cref="SitePaths.Relative"/> gives exactly the links of the Split-based version it replaced.</summary>
public class SitePathsTests
{
    /// <summary>The former implementation, kept here only as the oracle.</summary>
    private static string SplitRelative(string fromUrlPath, string toUrlPath, bool useIndexHtml)
    {
        string fragment = string.Empty;
        int hash = toUrlPath.IndexOf('#');
        if (hash >= 0)
        {
            fragment = toUrlPath[hash..];
            toUrlPath = toUrlPath[..hash];
        }

        if (useIndexHtml && (toUrlPath.Length == 0 || toUrlPath.EndsWith('/')))
        {
            toUrlPath += "index.html";
        }

        string fromDirectory = fromUrlPath.Contains('/') ? fromUrlPath[..(fromUrlPath.LastIndexOf('/') + 1)] : string.Empty;
        string[] from = fromDirectory.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string[] to = toUrlPath.Split('/');
        int common = 0;
        while (common < from.Length && common < to.Length - 1 && from[common] == to[common])
        {
            common++;
        }

        string up = string.Concat(Enumerable.Repeat("../", from.Length - common));
        string down = string.Join('/', to.Skip(common));
        string link = up + down;
        return (link.Length == 0 ? "./" : link) + fragment;
    }

    [Theory]
    [InlineData("kk/concepts/definition/", "kk/concepts/", false, "../")]
    [InlineData("kk/concepts/definition/", "kk/glossary/#term", false, "../../glossary/#term")]
    [InlineData("kk/", "kk/", true, "index.html")]
    [InlineData("", "", false, "./")]
    [InlineData("404.html", "kk/", false, "kk/")]
    public void KnownLinks(string from, string to, bool indexHtml, string expected) =>
        Assert.Equal(expected, SitePaths.Relative(from, to, indexHtml));

    [Fact]
    public void MatchesTheSplitVersionOnAllCombinations()
    {
        string[] paths = ["", "/", "//", "kk", "kk/", "kk//", "/kk/", "kk/a", "kk/a/", "kk/a/b/", "kk/a/b", "kk/b/", "kk/a/index.html", "ru/a/",
            "kk//a/", "a/kk/", "kk/a/b/c/d/", "404.html", "kk/a#x", "kk/a/#x", "#x", "kk/#", "kk/a/b/#f#g", "search/kk/index.js"];
        foreach (string from in paths)
        {
            foreach (string to in paths)
            {
                foreach (bool indexHtml in new[] { false, true })
                {
                    Assert.True(SplitRelative(from, to, indexHtml) == SitePaths.Relative(from, to, indexHtml), $"from '{from}' to '{to}' ({indexHtml})");
                }
            }
        }
    }

    [Fact]
    public void LongLinksMatch()
    {
        string deep = string.Concat(Enumerable.Repeat("folder/", 200));
        Assert.Equal(SplitRelative(deep, "kk/x/#" + new string('f', 600), false), SitePaths.Relative(deep, "kk/x/#" + new string('f', 600), false));
    }
}
