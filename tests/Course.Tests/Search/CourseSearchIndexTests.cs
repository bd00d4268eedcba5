using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json;
using Course.Tests.Support;
using Course.Web.Search;

namespace Course.Tests.Search;

/// <summary>The search data of the real course: within the size budget, and every result leads to an existing section.</summary>
public sealed class CourseSearchIndexTests
{
    // the course's own budget (searchBudgetKb in course.yml): the content authors raise it as the course grows
    private static int BudgetKilobytes => Course.Web.Site.CourseSettingsLoader.Load(Support.Repo.Input, new Course.Web.Site.BuildOptions(Support.Repo.Input, Support.Repo.Theme)).Settings!.SearchBudgetKilobytes;

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task FitsTheBudgetGzipped(string lang)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        byte[] script = File.ReadAllBytes(Path.Combine(output, "search", lang, "index.js"));

        using MemoryStream gzipped = new();
        using (GZipStream gzip = new(gzipped, new ZLibCompressionOptions { CompressionLevel = 6 }, leaveOpen: true))
        {
            gzip.Write(script);
        }

        // gzip -6, as a static host sends it, and as the build reports it
        Assert.Equal(gzipped.Length, SearchScriptWriter.GzipLength(new MemoryStream(script)));
        Assert.True(gzipped.Length <= BudgetKilobytes * 1024, $"search/{lang}/index.js is {gzipped.Length / 1024.0:0.0} KB gzipped");
    }

    // The split index is for big courses only: the real course is one script a query loads at once.
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task StaysOneWholeScript(string lang)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        string script = File.ReadAllText(Path.Combine(output, "search", lang, "index.js"));

        Assert.DoesNotContain("\"split\":", script, StringComparison.Ordinal);
        Assert.Contains("\"invertedIndex\":", script, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(output, "search", lang, "t")));
        Assert.False(Directory.Exists(Path.Combine(output, "search", lang, "s")));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task EveryResultPointsToAnExistingPageAndAnchor(string lang)
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        (JsonElement index, JsonElement store) = Read(Path.Combine(output, "search", lang, "index.js"));
        JsonElement pages = store.GetProperty("pages");
        var missing = new List<string>();
        int derived = 0;
        foreach (JsonProperty doc in store.GetProperty("docs").EnumerateObject())
        {
            string url = pages[doc.Value[0].GetInt32()][0].GetString()!;
            string anchor = doc.Value[1].ValueKind == JsonValueKind.Number ? HeadingIds.FromHeading(doc.Value[2].GetString()!) : doc.Value[1].GetString()!;
            derived += doc.Value[1].ValueKind == JsonValueKind.Number ? 1 : 0;
            string html = File.ReadAllText(Path.Combine(output, lang, url, "index.html"));
            if (anchor.Length > 0 && !html.Contains($"id=\"{anchor}\"", StringComparison.Ordinal) && !WebUtility.HtmlDecode(html).Contains($"id=\"{anchor}\"", StringComparison.Ordinal))
            {
                missing.Add($"{url}#{anchor}");
            }
        }

        Assert.Empty(missing);
        Assert.True(derived > 50, "most anchors are computed from their headings");
        Assert.Equal(index.GetProperty("fieldVectors").GetArrayLength(), 2 * store.GetProperty("docs").EnumerateObject().Count());
    }

    [Fact]
    public async Task FindsEveryGlossaryEntryByItsTerm()
    {
        (_, string output) = await SiteBuilds.RealCourseAsync();
        (_, JsonElement store) = Read(Path.Combine(output, "search", "kk", "index.js"));
        JsonElement pages = store.GetProperty("pages");

        string[] glossaryHeadings = store.GetProperty("docs").EnumerateObject()
            .Where(d => pages[d.Value[0].GetInt32()][0].GetString() == "glossary/")
            .Select(d => d.Value[2].GetString()!)
            .ToArray();

        Assert.Contains("фишинг", glossaryHeadings);
        Assert.Contains("ІІМ", glossaryHeadings);
        Assert.True(glossaryHeadings.Length > 40);
    }

    private static (JsonElement Index, JsonElement Store) Read(string path)
    {
        string script = File.ReadAllText(path, Encoding.UTF8);
        int start = script.IndexOf(',', StringComparison.Ordinal) + 1;
        string arguments = "[" + script[start..script.LastIndexOf(')')] + "]";
        JsonElement array = JsonDocument.Parse(arguments).RootElement;
        return (array[0], array[1]);
    }
}
