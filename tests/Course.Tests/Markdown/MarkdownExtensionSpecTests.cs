using System.Text.RegularExpressions;
using Course.Tests.Support;
using Course.Web.Glossary;
using Course.Web.Glossary.Matching;
using Course.Web.Languages;
using Course.Web.Markdown;
using Course.Web.Markdown.GlossaryLinks;
using Course.Web.Markdown.RawHtml;
using Course.Web.Site;
using Markdig;
using Markdig.Syntax;
using YamlDotNet.RepresentationModel;

namespace Course.Tests.Markdown;

/// <summary>
/// Each Markdown extension of the course against the examples docs/authoring.md gives authors (read from
/// the document by <see cref="AuthoringExamples"/>): what the document promises is what the pipeline does.
/// </summary>
public sealed partial class MarkdownExtensionSpecTests
{
    private static readonly UiStrings Strings = UiStrings.Load(Repo.Theme, ["kk", "ru"]);

    private static string Html(string markdown, string lang = "kk") => Markdig.Markdown.ToHtml(markdown, CourseMarkdown.Build(lang, Strings));

    // UseAlertBlocks with the course's titles
    [Fact]
    public void AdmonitionsAreTheKindsTheDocumentNames()
    {
        string example = AuthoringExamples.Blocks(AuthoringExamples.Bullet("Admonitions")).Single();

        IEnumerable<string> documented = AlertKind().Matches(example).Select(m => m.Groups[1].Value).Distinct();

        Assert.Equal(CourseMarkdown.KnownAlertKinds.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void EachDocumentedAdmonitionRendersWithATitleInThePagesLanguage(string lang)
    {
        string example = AuthoringExamples.Blocks(AuthoringExamples.Bullet("Admonitions")).Single();
        string first = example.Split("\n\n")[0];

        Assert.Matches(@"(?s)<div class=""markdown-alert markdown-alert-definition"">\s*<p class=""markdown-alert-title"">[^<]+</p>\s*<p><strong>Киберқылмыс</strong>", Html(first, lang));
        foreach (string kind in AlertKind().Matches(example).Select(m => m.Groups[1].Value))
        {
            string title = Strings.Get(lang, "alert." + kind.ToLowerInvariant());
            Assert.False(string.IsNullOrWhiteSpace(title), $"alert.{kind.ToLowerInvariant()} has no {lang} title");
            string html = Html($"> [!{kind}]\n> Мәтін.", lang);
            Assert.Contains($"markdown-alert-{kind.ToLowerInvariant()}", html, StringComparison.Ordinal);
            Assert.Contains($"<p class=\"markdown-alert-title\">{System.Net.WebUtility.HtmlEncode(title)}</p>", html, StringComparison.Ordinal);
        }
    }

    // UseHeadingIds
    [Fact]
    public void HeadingsGetTheIdsTheDocumentShows()
    {
        string bullet = AuthoringExamples.Bullet("Headings");
        Match derived = Regex.Match(bullet, @"`(## [^`{]+)` → `#([^`]+)`");
        Match fixedId = Regex.Match(bullet, @"`(## [^`]+ \{#([\w-]+)\})`");
        Assert.True(derived.Success && fixedId.Success, "the Headings item shows a derived id and a fixed one");

        Assert.Contains($"<h2 id=\"{derived.Groups[2].Value}\">", Html(derived.Groups[1].Value), StringComparison.Ordinal);
        Assert.Contains($"<h2 id=\"{fixedId.Groups[2].Value}\">", Html(fixedId.Groups[1].Value), StringComparison.Ordinal);
    }

    // UseCharts
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void TheChartExampleIsAnSvgWithItsNumbersInATable(string lang)
    {
        string example = AuthoringExamples.Blocks(AuthoringExamples.Bullet("Charts")).Single();
        var yaml = new YamlStream();
        yaml.Load(new StringReader(example.Split('\n', 2)[1].TrimEnd('`', '\n')));
        var chart = (YamlMappingNode)yaml.Documents[0].RootNode;
        string Scalar(string key) => ((YamlScalarNode)chart[key]).Value!;
        string[] labels = [.. ((YamlSequenceNode)chart["labels"]).Select(n => ((YamlScalarNode)n).Value!)];
        var series = (YamlSequenceNode)chart["series"];

        string html = Html(example, lang);

        Assert.Contains($"<figure class=\"chart chart-{Scalar("type")}\">", html, StringComparison.Ordinal);
        Assert.Contains("<svg ", html, StringComparison.Ordinal);
        Assert.Contains($"<caption>{System.Net.WebUtility.HtmlEncode(Scalar("title"))}</caption>", html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(Scalar("source")), html, StringComparison.Ordinal);
        Assert.All(labels, label => Assert.Contains($"<th scope=\"row\">{System.Net.WebUtility.HtmlEncode(label)}</th>", html, StringComparison.Ordinal));
        Assert.Equal(labels.Length * series.Children.Count, Regex.Count(html, "<rect class=\"bar "));
        foreach (YamlNode value in series.SelectMany(s => (YamlSequenceNode)((YamlMappingNode)s)["values"]))
        {
            string digits = ((YamlScalarNode)value).Value!;
            Assert.Matches("<td>" + string.Join(@"(&#160;|\s)?", digits.ToCharArray()) + "</td>", html);
        }
    }

    // UseTaskLists + UseTaskListLabels, UseScrollTables, and Markdig's footnotes and definition lists
    [Fact]
    public void TaskListsFootnotesAndDefinitionListsRenderAsTheDocumentWritesThem()
    {
        IReadOnlyList<string> spans = AuthoringExamples.CodeSpans(AuthoringExamples.Bullet("Tables"));
        string task = spans.Single(s => s.StartsWith("- [ ]", StringComparison.Ordinal));
        string footnote = string.Join("\n\n", spans.Where(s => s.Contains("[^1]", StringComparison.Ordinal)));
        string definition = string.Join("\n", spans.Where(s => s is "Term" || s.StartsWith(": ", StringComparison.Ordinal)));

        string item = task[5..].Trim();
        Assert.Matches($@"<input disabled=""disabled"" type=""checkbox"" aria-label=""\s*{Regex.Escape(item)}\s*"" />", Html(task));
        Assert.Matches(@"(?s)class=""footnote-ref"".*<div class=""footnotes"">.*note", Html(footnote));
        Assert.Matches(@"(?s)<dl>\s*<dt>Term</dt>\s*<dd>definition</dd>\s*</dl>", Html(definition));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void TheTableExampleScrollsInANamedFocusableRegion(string lang)
    {
        string example = AuthoringExamples.Blocks(AuthoringExamples.Bullet("Tables")).Single();

        string html = Html(example + "\n\n" + example, lang);

        string label = Strings.Get(lang, "table.label");
        Assert.Contains($"<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{label} 1\">", html, StringComparison.Ordinal);
        Assert.Contains($"<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{label} 2\">", html, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(html, "<table>"));
    }

    // UseGlossaryLinks
    [Fact]
    public void GlossaryTermsAreLinkedOnTheirFirstUseInAnyInflectedFormAndAbbreviationsOnlyAsWritten()
    {
        string example = AuthoringExamples.Blocks(AuthoringExamples.Section("The definitions section (glossary)")).Single();
        GlossaryParseResult glossary = GlossaryParser.Parse("input/kk/glossary.md", example, 0, "kk");
        Assert.False(glossary.HasErrors, string.Join("\n", glossary.Diagnostics));
        MarkdownPipeline pipeline = CourseMarkdown.Build("kk", Strings, builder => builder.UseGlossaryLinks(
            new GlossaryTermMatcher(glossary.Entries, Kazakh.Instance.Stemmer), new GlossaryLinkOptions { GlossaryHref = "../glossary/" }));

        string html = Markdig.Markdown.ToHtml("Фишингтің түрлері көп. Фишинг кең тараған.\n\nҚК бойынша жаза; қк деген сөз емес.\n", pipeline);

        Assert.Equal(1, Regex.Count(html, "data-term=\"phishing\""));
        Assert.Contains($"href=\"../glossary/#phishing\" data-term=\"phishing\" aria-describedby=\"{GlossaryPopovers.TooltipIdOf("phishing")}\">Фишингтің</a>", html, StringComparison.Ordinal);
        Assert.Equal(1, Regex.Count(html, "data-term=\"criminal-code\""));
        Assert.Contains(">ҚК</a>", html, StringComparison.Ordinal);
    }

    // The raw HTML policy, checked on the parsed page
    [Fact]
    public void TheDocumentedTagsAndAttributesAreExactlyTheAllowedOnes()
    {
        string section = AuthoringExamples.Section("Raw HTML");
        string allowed = section[section.IndexOf("these tags are allowed:", StringComparison.Ordinal)..(section.IndexOf("`data-*`", StringComparison.Ordinal) + "`data-*`".Length)];
        int attributesAt = allowed.IndexOf("with the attributes", StringComparison.Ordinal);
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        tags.UnionWith(AuthoringExamples.CodeSpans(allowed[..attributesAt]));
        if (allowed.Contains("`h2`–`h6`", StringComparison.Ordinal))
        {
            tags.UnionWith(["h3", "h4", "h5"]);
        }

        string[] attributes = [.. AuthoringExamples.CodeSpans(allowed[attributesAt..]).Where(a => !a.EndsWith('*'))];

        Assert.Equal(RawHtmlPolicy.AllowedTags.Order(StringComparer.Ordinal), tags);
        Assert.Equal(RawHtmlPolicy.AllowedAttributes.Order(StringComparer.Ordinal), attributes.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheRawHtmlExampleIsSafeAndTheDocumentedDangerousTagsAreErrors()
    {
        string section = AuthoringExamples.Section("Raw HTML");
        string example = AuthoringExamples.Blocks(section).Single();
        MarkdownPipeline pipeline = CourseMarkdown.Build("kk", Strings);
        MarkdownDocument Parse(string markdown) => Markdig.Markdown.Parse(markdown, pipeline);

        Assert.Empty(RawHtmlChecker.Check(Parse(example), RawHtmlMode.Safe, "input/kk/a.md", 0));
        Assert.NotEmpty(RawHtmlChecker.Check(Parse(example), RawHtmlMode.None, "input/kk/a.md", 0));
        string dangerous = section[section.IndexOf("Errors at", StringComparison.Ordinal)..];
        string[] tags = [.. AuthoringExamples.CodeSpans(dangerous.Split('\n').First(l => l.StartsWith("- `<script>`", StringComparison.Ordinal))).Where(s => s.StartsWith('<'))];
        Assert.True(tags.Length >= 5, "the document names the dangerous tags");
        foreach (string tag in tags)
        {
            Course.Core.Diagnostics.Diagnostic[] errors = [.. RawHtmlChecker.Check(Parse($"Мәтін\n\n{tag}\n"), RawHtmlMode.Safe, "input/kk/a.md", 4)];
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.True(e.IsError, e.ToString()));
            Assert.Equal(("input/kk/a.md", 7), (errors[0].File, errors[0].Line));
        }
    }

    [GeneratedRegex(@"\[!(\w+)\]")]
    private static partial Regex AlertKind();
}
