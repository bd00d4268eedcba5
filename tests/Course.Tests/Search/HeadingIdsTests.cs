using System.Text.Json;
using Course.Tests.Support;
using Course.Web.Search;

namespace Course.Tests.Search;

/// <summary><see cref="HeadingIds"/> and search-query.js's <c>headingId</c> are twins: the store relies on it.</summary>
public sealed class HeadingIdsTests
{
    private static readonly Lazy<LunrJs> Js = new(() => new LunrJs(Repo.ThemeFile("assets", "js", "search-query.js")));

    public static TheoryData<string> Headings() =>
    [
        "Қылмыскердің жасы",
        "1. Киберқылмыс ұғымы",
        "Роман-германдық құқық отбасы (Еуропа Кеңесі, Германия, Франция)",
        "Киберпреступность – часть преступности в целом",
        "Ёлка, ЁЛКА и «кавычки»",
        "ҚР ҚК-нің 7-тарауы: 205–213-баптар",
        "DoS- және DDoS-шабуылдар",
        "snake_case 2020 год",
        "Ǆemal ǅ Σίσυφος İstanbul",
        "Эмодзи 🙂 в заголовке",
    ];

    [Theory]
    [MemberData(nameof(Headings))]
    public void CSharpAndJavaScriptAgreeOnEveryPortableHeading(string heading)
    {
        string js = Js.Value.Evaluate($"CourseSearch.headingId({JsonSerializer.Serialize(heading)})");

        if (HeadingIds.IsPortable(heading))
        {
            Assert.Equal(js, HeadingIds.FromHeading(heading));
        }
        else
        {
            Assert.False(HeadingIds.Derives(heading, HeadingIds.FromHeading(heading)));
        }
    }

    [Fact]
    public void MakesGitHubStyleIds()
    {
        Assert.Equal("қылмыскердің-жасы", HeadingIds.FromHeading("Қылмыскердің жасы"));
        Assert.Equal("1-киберқылмыс-ұғымы", HeadingIds.FromHeading("1. Киберқылмыс ұғымы"));
        Assert.Equal("киберпреступность--часть", HeadingIds.FromHeading("Киберпреступность – часть"));
    }

    [Fact]
    public void DerivesOnlyAnAnchorThatEqualsTheHeadingsId()
    {
        Assert.True(HeadingIds.Derives("Қылмыскердің жасы", "қылмыскердің-жасы"));
        Assert.False(HeadingIds.Derives("Қылмыскердің жасы", "age"));
        Assert.False(HeadingIds.Derives("Қылмыскердің жасы", "қылмыскердің-жасы-1"));
        Assert.False(HeadingIds.Derives("", ""));
    }
}
