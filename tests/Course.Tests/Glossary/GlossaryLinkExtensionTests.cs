using Course.Web.Glossary.Matching;
using Course.Web.Markdown.GlossaryLinks;
using Markdig;
using Markdig.Syntax;
using static Course.Tests.Glossary.GlossarySamples;

namespace Course.Tests.Glossary;

public sealed class GlossaryLinkExtensionTests
{
    private static readonly GlossaryTermMatcher Matcher = new(
    [
        Entry("phishing", "Фишинг"),
        Entry("offender", "Қылмыскер"),
        Entry("computer-crime", "Компьютерлік қылмыс"),
        Abbr("criminal-code", "ҚК"),
    ], new TestStemmer());

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UseGlossaryLinks(Matcher, new GlossaryLinkOptions { GlossaryHref = "../glossary/" })
        .Build();

    private static string Html(string markdown, MarkdownParserContext? context = null) =>
        Markdig.Markdown.ToHtml(markdown, Pipeline, context);

    private static string Link(string id, string text, string href = "../glossary/") =>
        $"<a class=\"term\" href=\"{href}#{id}\" data-term=\"{id}\" aria-describedby=\"term-def-{id}\">{text}</a>";

    [Fact]
    public void Links_only_the_first_occurrence_of_each_entry_on_a_page()
    {
        string html = Html("Фишинг — алаяқтық.\n\nФишингтің түрлері және фишинг.");

        Assert.Equal($"<p>{Link("phishing", "Фишинг")} — алаяқтық.</p>\n<p>Фишингтің түрлері және фишинг.</p>\n", html);
    }

    [Fact]
    public void Links_inflected_forms_and_keeps_the_text_as_written()
    {
        Assert.Equal($"<p>Бұл {Link("offender", "қылмыскерлерге")} қатысты.</p>\n", Html("Бұл қылмыскерлерге қатысты."));
    }

    [Fact]
    public void Never_links_inside_headings_links_or_code()
    {
        string html = Html("## Фишинг\n\n[фишинг](other.md) `фишинг`\n\n```\nфишинг\n```\n\nМұнда фишинг.");

        Assert.Contains("\">Фишинг</h2>", html);
        Assert.Contains("<a href=\"other.md\">фишинг</a> <code>фишинг</code>", html);
        Assert.Contains("<pre><code>фишинг\n</code></pre>", html);
        Assert.Contains($"<p>Мұнда {Link("phishing", "фишинг")}.</p>", html);
        Assert.Single(html.Split("class=\"term\"").Skip(1));
    }

    [Fact]
    public void Links_inside_emphasis_lists_and_tables()
    {
        string html = Html("- *фишинг*\n\n| а | б |\n|---|---|\n| ҚК | қылмыскер |\n");

        Assert.Contains($"<em>{Link("phishing", "фишинг")}</em>", html);
        Assert.Contains($"<td>{Link("criminal-code", "ҚК")}</td>", html);
        Assert.Contains($"<td>{Link("offender", "қылмыскер")}</td>", html);
    }

    [Fact]
    public void Links_abbreviations_case_sensitively_and_as_whole_words()
    {
        string html = Html("ҚКБ, қк және ҚК-нің 190-бабы.");

        Assert.Equal($"<p>ҚКБ, қк және {Link("criminal-code", "ҚК")}-нің 190-бабы.</p>\n", html);
    }

    [Fact]
    public void Links_a_term_wrapped_over_two_source_lines()
    {
        string html = Html("Бұл компьютерлік\nқылмыстың белгісі.");

        Assert.Equal($"<p>Бұл {Link("computer-crime", "компьютерлік\nқылмыстың")} белгісі.</p>\n", html);
    }

    [Fact]
    public void Links_nothing_on_the_glossary_page()
    {
        var context = new MarkdownParserContext().SetGlossaryLinkOptions(new GlossaryLinkOptions { IsGlossaryPage = true });

        Assert.Equal("<p>Фишинг және ҚК.</p>\n", Html("Фишинг және ҚК.", context));
    }

    [Fact]
    public void Uses_the_glossary_address_given_for_the_page()
    {
        var context = new MarkdownParserContext().SetGlossaryLinkOptions(new GlossaryLinkOptions { GlossaryHref = "../../glossary/" });

        Assert.Equal($"<p>{Link("phishing", "Фишинг", "../../glossary/")}</p>\n", Html("Фишинг", context));
    }

    [Fact]
    public void The_glossary_address_can_be_set_between_parsing_and_rendering()
    {
        MarkdownDocument document = Markdig.Markdown.Parse("Фишинг", Pipeline);
        document.SetGlossaryHref("../../../kk/glossary/");

        Assert.Equal($"<p>{Link("phishing", "Фишинг", "../../../kk/glossary/")}</p>\n", document.ToHtml(Pipeline));
        Assert.Contains("href=\"../../../kk/glossary/#phishing\"", GlossaryPopovers.Render(document, m => m, Strings));
    }

    [Fact]
    public void Leaves_the_used_ids_under_the_shared_document_data_key()
    {
        MarkdownDocument document = Markdig.Markdown.Parse("ҚК және фишинг.", Pipeline);

        Assert.Equal(["criminal-code", "phishing"], Assert.IsAssignableFrom<IReadOnlyList<string>>(document.GetData("course:glossary-used")));
    }

    [Fact]
    public void Records_the_linked_entries_in_order_of_first_use()
    {
        MarkdownDocument document = Markdig.Markdown.Parse("ҚК және фишинг.\n\nҚылмыскер мен фишинг.", Pipeline);

        GlossaryPageLinks links = document.GetGlossaryLinks();
        Assert.Equal(["criminal-code", "phishing", "offender"], links.Ids);
        Assert.Equal("../glossary/#phishing", links.HrefOf(links.Entries[1]));
    }

    [Fact]
    public void A_page_without_text_links_nothing()
    {
        Assert.Empty(Markdig.Markdown.Parse("```\nфишинг\n```", Pipeline).GetGlossaryLinks().Entries);
    }

    [Fact]
    public void Plain_text_keeps_the_words_only()
    {
        Assert.Equal("Фишинг бар.\n", Markdig.Markdown.ToPlainText("Фишинг бар.", Pipeline));
    }

    [Fact]
    public void One_pipeline_serves_parallel_pages()
    {
        string[] pages = Enumerable.Range(0, 200).Select(i => i % 2 == 0 ? "Фишинг және ҚК." : "Қылмыскер.").ToArray();
        string[] results = pages.AsParallel().Select(page => Html(page)).ToArray();

        Assert.All(results.Where((_, i) => i % 2 == 0), html => Assert.Equal(Html(pages[0]), html));
        Assert.All(results.Where((_, i) => i % 2 == 1), html => Assert.Equal(Html(pages[1]), html));
    }

    [Fact]
    public void Popovers_describe_each_linked_entry_once()
    {
        MarkdownDocument document = Markdig.Markdown.Parse("Фишинг, фишинг және ҚК.", Pipeline);

        string html = GlossaryPopovers.Render(document, markdown => $"<p>{markdown}</p>", Strings);

        Assert.Equal(2, html.Split("class=\"term-popover\"").Length - 1);
        Assert.Contains("<div class=\"term-popover-text\" role=\"tooltip\" id=\"term-def-phishing\">", html);
        Assert.Contains("<p>Definition of Фишинг.</p>", html);
        Assert.Contains("<a class=\"term-popover-more\" href=\"../glossary/#criminal-code\" tabindex=\"-1\">&lt;openInGlossary&gt;</a>", html);
        Assert.Contains("<span class=\"term-popover-kind\">&lt;kindAbbreviation&gt;</span>", html);
        Assert.Equal("", GlossaryPopovers.Render(Markdig.Markdown.Parse("Жоқ.", Pipeline), m => m, Strings));
    }
}
