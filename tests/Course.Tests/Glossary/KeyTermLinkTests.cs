using System.Net;
using System.Text.RegularExpressions;
using Course.Tests.Support;
using Course.Web.Glossary;

namespace Course.Tests.Glossary;

/// <summary>
/// Issue #18.3: a chapter overview's key terms link to their glossary entries; the layout finds them in the
/// Glossary pipeline's outputs (no module writes a lookup for another to read).
/// </summary>
public partial class KeyTermLinkTests
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task EveryKeyTermThatIsAGlossaryEntryLinksToItsEntry(string lang)
    {
        (var result, string output) = await SiteBuilds.RealCourseAsync();
        GlossaryFile glossary = result.ProcessOutputs["Glossary"].Select(d => d.Get<GlossaryFile>(Course.Web.CourseKeys.Glossary)).OfType<GlossaryFile>().Single(f => f.Lang == lang);
        int linked = 0;
        foreach (string page in Directory.EnumerateFiles(Path.Combine(output, lang), "index.html", SearchOption.AllDirectories))
        {
            Match section = KeyTerms().Match(File.ReadAllText(page));
            if (!section.Success)
            {
                continue;
            }

            foreach (Match item in Item().Matches(section.Value))
            {
                string term = WebUtility.HtmlDecode(item.Groups["text"].Value);
                GlossaryEntry? entry = glossary.FindByName(term);
                string href = item.Groups["href"].Value;
                // the print edition points at its own copy of the glossary, inside the book
                bool toEntry = entry is not null && (href.EndsWith($"glossary/#{entry.Id}", StringComparison.Ordinal) || href == $"#glossary--{entry.Id}");
                Assert.True(entry is null ? href.Length == 0 : toEntry, $"{page}: '{term}' → '{href}'");
                linked += href.Length > 0 ? 1 : 0;
            }
        }

        Assert.True(linked >= 10, $"{linked} key terms linked in {lang}");
    }

    [GeneratedRegex("<section class=\"key-terms\".*?</section>", RegexOptions.Singleline)]
    private static partial Regex KeyTerms();

    [GeneratedRegex("<li>(?:<a href=\"(?<href>[^\"]*)\">(?<text>[^<]*)</a>|(?<text>[^<]*))</li>")]
    private static partial Regex Item();
}
