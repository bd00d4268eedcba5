using System.Text.RegularExpressions;
using Course.Tests.Support;
using Course.Web.Glossary.Collation;
using Course.Web.Glossary;
using Course.Web.Languages;

namespace Course.Tests.Glossary;

/// <summary>The glossary of the real course: complete, sorted, and linked from the chapters in inflected forms.</summary>
public partial class RealCourseGlossaryTests
{
    private static async Task<(string Output, IReadOnlyList<GlossaryFile> Files)> SiteAsync()
    {
        (var result, string output) = await SiteBuilds.RealCourseAsync();
        var files = result.ProcessOutputs["Glossary"].Select(d => d.Get<GlossaryFile>(Course.Web.CourseKeys.Glossary)!).ToList();
        return (output, files);
    }

    private static IEnumerable<(string Page, string Id, string Text)> TermLinks(string output, string lang) =>
        Directory.EnumerateFiles(Path.Combine(output, lang), "index.html", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}glossary{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => TermLink().Matches(File.ReadAllText(f)).Select(m => (Path.GetRelativePath(output, f), m.Groups[1].Value, System.Net.WebUtility.HtmlDecode(m.Groups[2].Value))));

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task BothGlossariesListEveryEntryInTheLanguagesAlphabeticalOrder(string lang)
    {
        (string output, var files) = await SiteAsync();
        GlossaryFile file = files.Single(f => f.Lang == lang);
        string html = await File.ReadAllTextAsync(Path.Combine(output, lang, "glossary", "index.html"));

        var shown = Entry().Matches(html).Select(m => m.Groups[1].Value).ToList();

        Assert.True(file.Entries.Count >= 48, $"{file.Entries.Count} entries");
        Assert.Equal(file.Entries.Select(e => e.Id).Order(StringComparer.Ordinal), shown.Order(StringComparer.Ordinal));
        AlphabetCollation collation = CourseLanguages.Get(lang).Collation;
        var terms = shown.Select(id => file.FindById(id)!.Term).ToList();
        Assert.Equal(terms.Order(collation), terms);
        Assert.Equal(files.Single(f => f.Lang == "kk").Entries.Select(e => e.Id).Order(StringComparer.Ordinal), file.Entries.Select(e => e.Id).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task AtLeastNinetyPercentOfEntriesAreLinkedFromAChapter(string lang)
    {
        (string output, var files) = await SiteAsync();
        var linked = TermLinks(output, lang).Select(l => l.Id).ToHashSet(StringComparer.Ordinal);
        GlossaryFile file = files.Single(f => f.Lang == lang);

        double share = file.Entries.Count(e => linked.Contains(e.Id)) / (double)file.Entries.Count;

        Assert.True(share >= 0.9, $"{share:P0} linked; not linked: {string.Join(", ", file.Entries.Where(e => !linked.Contains(e.Id)).Select(e => e.Id))}");
    }

    [Theory]
    [InlineData("kk", "offender-personality", "қылмыскердің тұлғасын")]
    [InlineData("kk", "k-department", "«К» бөлімінің")]
    [InlineData("kk", "internet", "Интернеттен")]
    [InlineData("kk", "budapest-convention", "Будапешт конвенциясын")]
    [InlineData("kk", "botnet", "ботнеттерді")]
    [InlineData("kk", "hacker", "хакерлерде")]
    [InlineData("kk", "information-security", "ақпараттық қауіпсіздігінің")]
    [InlineData("kk", "computer-crime", "компьютерлік қылмыстардың")]
    [InlineData("kk", "dos-attack", "DDoS-шабуылдар")]
    public async Task InflectedOccurrencesInTheChaptersLinkToTheRightEntry(string lang, string id, string text)
    {
        (string output, _) = await SiteAsync();

        var links = TermLinks(output, lang).Where(l => l.Text == text).ToList();

        Assert.NotEmpty(links);
        Assert.All(links, l => Assert.Equal(id, l.Id));
    }

    [Theory]
    [InlineData("ru", "фишинг")]
    [InlineData("ru", "hacker")]
    [InlineData("ru", "budapest-convention")]
    [InlineData("ru", "determinants")]
    public async Task RussianInflectedFormsLinkToo(string lang, string id)
    {
        (string output, var files) = await SiteAsync();
        GlossaryEntry entry = files.Single(f => f.Lang == lang).Entries.FirstOrDefault(e => e.Id == id) ?? files.Single(f => f.Lang == lang).FindByName(id)!;

        var texts = TermLinks(output, lang).Where(l => l.Id == entry.Id).Select(l => l.Text.ToLowerInvariant()).Distinct().ToList();

        Assert.Contains(texts, t => !entry.Names.Any(n => string.Equals(n, t, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task NothingInsideHeadingsLinksOrCodeIsLinked()
    {
        (string output, _) = await SiteAsync();

        foreach (string file in Directory.EnumerateFiles(output, "index.html", SearchOption.AllDirectories))
        {
            string html = await File.ReadAllTextAsync(file);
            Assert.DoesNotMatch("<h[1-6][^>]*>(?:(?!</h[1-6]>).)*class=\"term\"", html);
            Assert.DoesNotMatch("<code>(?:(?!</code>).)*class=\"term\"", html);
            Assert.DoesNotMatch("<a (?![^>]*class=\"term\")[^>]*>(?:(?!</a>).)*<a class=\"term\"", html);
        }
    }

    [GeneratedRegex("<a class=\"term\"[^>]*data-term=\"([^\"]+)\"[^>]*>([^<]*)</a>")]
    private static partial Regex TermLink();

    [GeneratedRegex("class=\"glossary-entry\" id=\"([^\"]+)\"")]
    private static partial Regex Entry();
}
