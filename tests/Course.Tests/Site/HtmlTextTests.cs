using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Site;

/// <summary>The single-pass <see cref="HtmlText.Strip"/> gives exactly what the three regular expressions it replaced gave.</summary>
public partial class HtmlTextTests
{
    /// <summary>The former implementation, kept here only as the oracle.</summary>
    private static string RegexStrip(string html) =>
        WebUtility.HtmlDecode(Whitespace().Replace(Tags().Replace(SvgOrScript().Replace(html, " "), " "), " ")).Trim();

    [GeneratedRegex("<(svg|script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex SvgOrScript();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("plain")]
    [InlineData("  <p>Hello,\n\t<em>world</em>!</p>  ")]
    [InlineData("a<b>c</b>d")]
    [InlineData("<>")]
    [InlineData("a <> b")]
    [InlineData("a < b")]
    [InlineData("a < b > c")]
    [InlineData("a < b <c> d")]
    [InlineData("x<")]
    [InlineData("x>")]
    [InlineData("<<svg>x</svg>>")]
    [InlineData("<a title=\"<svg>x</svg>\">y</a>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><text>label</text></svg>after")]
    [InlineData("<svg/>one<p>two</p></svg>three")]
    [InlineData("<svg>never closed <p>text</p>")]
    [InlineData("<script>if (a < b) { x = '</p>'; }</script>text<style>p > a { }</style>more")]
    [InlineData("<script>one</script><script>two</script>three")]
    [InlineData("<SCRIPT>upper</SCRIPT>case")]
    [InlineData("<svgfoo>a</svgfoo>b</svg>c")]
    [InlineData("<scripts>a</script>b")]
    [InlineData("<style")]
    [InlineData("<style>")]
    [InlineData("<style>x</style")]
    [InlineData("<svg>a</svg ><svg>b</svg>")]
    [InlineData("<script>a<svg>b</script>c</svg>d")]
    [InlineData("&amp;&lt;b&gt; &nbsp;x&nbsp; &#10;y&#32;")]
    [InlineData("&nbsp;&nbsp;")]
    [InlineData(" &amp")]
    [InlineData("&amp ")]
    [InlineData("\u00a0a\u2028b\u0085c\u3000 \u200b d\u180e")]
    [InlineData("😀 <b>𝔸</b> \ud800 lone")]
    [InlineData("&#x1F600; &#xD800; &bogus; &")]
    public void MatchesTheRegexVersion(string html)
    {
        Assert.Equal(RegexStrip(html), HtmlText.Strip(html));
        Assert.Equal(WordCounter.Count(RegexStrip(html)), HtmlText.CountWords(html));
    }

    [Fact]
    public void EveryCharacterIsWhitespaceOrNotAsTheRegexSaysSo()
    {
        var text = new StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            text.Append('a').Append((char)c).Append('b');
        }

        string html = text.ToString();
        Assert.Equal(RegexStrip(html), HtmlText.Strip(html));
    }

    [Fact]
    public void RandomMixesOfTrickyPiecesMatch()
    {
        string[] pieces = ["<", ">", "<p>", "</p>", "<svg>", "</svg>", "<svg ", "<script>", "</script>", "<style>", "</style>", "<b",
            " ", "  ", "\n", "\t", "\u00a0", "&amp;", "&", "&nbsp;", ";", "word", "x", "/", "\"", "<a href=\"x\">", "&#10;", "<!-- c -->"];
        var random = new Random(20261125);
        for (int run = 0; run < 20_000; run++)
        {
            var html = new StringBuilder();
            int count = random.Next(1, 16);
            for (int p = 0; p < count; p++)
            {
                html.Append(pieces[random.Next(pieces.Length)]);
            }

            string input = html.ToString();
            Assert.True(RegexStrip(input) == HtmlText.Strip(input), $"differs for: {input}");
            Assert.True(WordCounter.Count(RegexStrip(input)) == HtmlText.CountWords(input), $"word count differs for: {input}");
        }
    }

    [Fact]
    public async Task RealRenderedPagesAndTheirPiecesMatch()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        var random = new Random(7);
        int pages = 0;
        foreach (string file in Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories))
        {
            string html = File.ReadAllText(file);
            Assert.Equal(RegexStrip(html), HtmlText.Strip(html));
            Assert.Equal(WordCounter.Count(RegexStrip(html)), HtmlText.CountWords(html));
            int main = html.IndexOf("<main", StringComparison.Ordinal);
            if (main >= 0)
            {
                string fragment = html[main..];
                Assert.Equal(RegexStrip(fragment), HtmlText.Strip(fragment));
                Assert.Equal(WordCounter.Count(RegexStrip(fragment)), HtmlText.CountWords(fragment));
            }

            // arbitrary cuts leave unclosed tags and elements at either end
            for (int cut = 0; cut < 20; cut++)
            {
                int start = random.Next(html.Length);
                string piece = html.Substring(start, random.Next(html.Length - start + 1));
                Assert.Equal(RegexStrip(piece), HtmlText.Strip(piece));
            }

            pages++;
        }

        Assert.True(pages > 50);
    }
}
