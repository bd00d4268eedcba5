using System.Text.RegularExpressions;
using Course.Tests.Support;

namespace Course.Tests.Site;

/// <summary>The built Kazakh course has the structure students and other checks rely on.</summary>
public partial class KazakhCourseStructureTests
{
    private static readonly string[] Chapters = ["concepts", "foreign-law", "determinants", "offender", "victimology", "prevention"];

    [Fact]
    public async Task SixChaptersEachWithTwoToSixSectionsObjectivesTakeawaysAndAQuiz()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();

        foreach (string chapter in Chapters)
        {
            string folder = Path.Combine(output, "kk", chapter);
            string overview = await File.ReadAllTextAsync(Path.Combine(folder, "index.html"));
            int objectives = ObjectivesList().Match(overview) is { Success: true } m ? ListItem().Count(m.Value) : 0;
            Assert.InRange(objectives, 3, 6);
            Assert.Contains("class=\"takeaways\"", overview, StringComparison.Ordinal);
            Assert.Contains("class=\"key-terms\"", overview, StringComparison.Ordinal);
            Assert.Contains($"href=\"quiz/\"", overview, StringComparison.Ordinal);
            var sections = Directory.GetDirectories(folder).Select(Path.GetFileName).Where(n => n != "quiz").ToList();
            Assert.InRange(sections.Count, 2, 6);
        }

        foreach (string page in new[] { "index.html", "summary/index.html", "sources/index.html", "glossary/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(output, "kk", page)), page);
        }
    }

    [Fact]
    public async Task WordCountsReachTheCourseMinimum()
    {
        (var result, _) = await SiteBuilds.RealCourseAsync();
        var kk = result.ProcessOutputs["Content"].Where(d => d.GetString(Course.Web.CourseKeys.Lang) == "kk").ToList();

        foreach (string chapter in Chapters)
        {
            int words = kk.Where(d => d.GetString(Course.Web.CourseKeys.Chapter) == chapter).Sum(d => d.Get<int>(Course.Web.CourseKeys.Words));
            Assert.True(words >= 1200, $"{chapter}: {words} words");
        }

        Assert.True(kk.Sum(d => d.Get<int>(Course.Web.CourseKeys.Words)) >= 11000);
    }

    [Theory]
    [InlineData("foreign-law/kazakhstan", "205")]
    [InlineData("foreign-law/kazakhstan", "Латвия")]
    [InlineData("foreign-law/cis", "Әзербайжан")]
    [InlineData("foreign-law/legal-families", "Швеция")]
    public async Task StructuredContentIsShownAsTables(string page, string cellText)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        string html = await File.ReadAllTextAsync(Path.Combine(output, "kk", page, "index.html"));

        Assert.Contains(Table().Matches(html), table => table.Value.Contains(cellText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChartsAreDrawnAtBuildTimeWithTheirNumbersInATable()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        var charts = Directory.EnumerateFiles(Path.Combine(output, "kk"), "index.html", SearchOption.AllDirectories)
            .SelectMany(f => Figure().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .ToList();

        Assert.True(charts.Count >= 2, $"{charts.Count} charts");
        Assert.All(charts, chart =>
        {
            Assert.Contains("<svg", chart, StringComparison.Ordinal);
            Assert.Contains("<table class=\"chart-data\">", chart, StringComparison.Ordinal);
        });
        Assert.Contains(charts, c => c.Contains("8210", StringComparison.Ordinal) && c.Contains("535", StringComparison.Ordinal));
    }

    [GeneratedRegex("<section class=\"objectives\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex ObjectivesList();

    [GeneratedRegex("<li>")]
    private static partial Regex ListItem();

    [GeneratedRegex("<table.*?</table>", RegexOptions.Singleline)]
    private static partial Regex Table();

    [GeneratedRegex("<figure class=\"chart.*?</figure>", RegexOptions.Singleline)]
    private static partial Regex Figure();
}
