using Course.Tests.Support;
using Course.Web.Markdown;
using Course.Web.Markdown.Charts;
using Course.Web.Site;
using Markdig;
using Markdig.Syntax;

namespace Course.Tests.Markdown;

/// <summary>The course's Markdown: CommonMark plus tables, footnotes, definition lists, admonitions, task lists, Unicode ids and charts.</summary>
public class CourseMarkdownTests
{
    private static readonly UiStrings Strings = UiStrings.Load(Repo.Theme, ["kk", "ru"]);

    private static string Html(string markdown, string lang = "kk") => Markdig.Markdown.ToHtml(markdown, CourseMarkdown.Build(lang, Strings));

    [Fact]
    public void HeadingIdsKeepCyrillicLetters()
    {
        Assert.Contains("<h2 id=\"қылмыскердің-жасы\">", Html("## Қылмыскердің жасы"), StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"возраст-преступника\">", Html("## Возраст преступника", "ru"), StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"age\">", Html("## Жасы {#age}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk", "Анықтама")]
    [InlineData("ru", "Определение")]
    public void AdmonitionsGetTitlesInThePagesLanguage(string lang, string title)
    {
        string html = Html("> [!DEFINITION]\n> **Киберқылмыс** – ...", lang);

        Assert.Contains($"<p class=\"markdown-alert-title\">{title}</p>", html, StringComparison.Ordinal);
        Assert.Contains("markdown-alert-definition", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TablesFootnotesDefinitionListsAndTaskListsRender()
    {
        string html = Html("| A | B |\n|---|---|\n| 1 | 2 |\n\nText[^1]\n\n[^1]: Note.\n\nTerm\n: Definition\n\n- [ ] task\n- [x] done\n");

        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"footnote-ref\"", html, StringComparison.Ordinal);
        Assert.Contains("<dl>", html, StringComparison.Ordinal);
        Assert.Contains("type=\"checkbox\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void BarChartIsAnSvgWithTheNumbersInATable()
    {
        string html = Html("```chart\ntype: bar\ntitle: Тіркелген алаяқтық\nlabels: [\"2018\", \"2019\"]\nseries:\n  - name: Істер\n    values: [535, 8210.5]\n```\n");

        Assert.Contains("<figure class=\"chart chart-bar\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg viewBox=\"0 0 640 320\" aria-hidden=\"true\"", html, StringComparison.Ordinal);
        Assert.Equal(2, html.Split("<rect class=\"bar series-0\"").Length - 1);
        Assert.Contains("<caption>Тіркелген алаяқтық</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<td>8&#160;210,5</td>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2019</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void LineChartDrawsOnePolylinePerSeries()
    {
        string html = Html("```chart\ntype: line\ntitle: T\nlabels: [a, b, c]\nseries:\n  - name: x\n    values: [1, 2, 3]\n  - name: y\n    values: [3, 2, 1]\n```\n");

        Assert.Contains("chart-line", html, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"line series-0\"", html, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"line series-1\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"chart-legend\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("type: pie\nlabels: [a]\nseries:\n  - name: x\n    values: [1]\n", 4, "unknown chart type 'pie'")]
    [InlineData("type: bar\nlabels: [a, b]\nseries:\n  - name: x\n    values: [1]\n", 6, "a series has 1 values for 2 labels")]
    [InlineData("type: bar\nlabels: [a]\nseries:\n  - name: x\n    values: [one]\n", 6, "'one' is not a number")]
    [InlineData("type: bar\ntitle: a: b\n", 5, "broken YAML")]
    public void ABadChartIsReportedAtItsLineAndNotDrawn(string yaml, int line, string message)
    {
        MarkdownDocument document = Markdig.Markdown.Parse("Intro\n\n```chart\n" + yaml + "```\n", CourseMarkdown.Build("kk", Strings));

        ChartBlock chart = Assert.Single(document.Descendants<ChartBlock>());
        Assert.Contains(message, chart.Error, StringComparison.Ordinal);
        Assert.Equal(line, chart.ErrorLine); // 1-based line in the Markdown text
    }
}
