using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Course.Web.Glossary;
using Course.Web.Glossary.Page;
using static Course.Tests.Glossary.GlossarySamples;

namespace Course.Tests.Glossary;

public sealed class GlossaryPageRendererTests
{
    private static readonly GlossaryEntry[] KazakhEntries =
    [
        Entry("victim", "Жәбірленуші"),
        Entry("offender", "Қылмыскер", aliases: "кибер қылмыскер"),
        Abbr("criminal-code", "ҚК"),
        Entry("k-department", "«К» бөлімі"),
        Entry("phishing", "Фишинг"),
        Entry("ddos", "DDoS"),
        Entry("cybercrime", "Киберқылмыс"),
        Entry("investigation", "Іздестіру"),
        Entry("ecology", "Ақпарат"),
    ];

    private static IDocument Render(IEnumerable<GlossaryEntry> entries, string lang = "kk", IReadOnlyDictionary<string, IReadOnlyList<GlossaryUsage>>? usage = null)
    {
        var model = new GlossaryPageModel(lang, entries.ToList(), usage ?? new Dictionary<string, IReadOnlyList<GlossaryUsage>>(),
            markdown => $"<p>{markdown}</p>", Strings) { IntroMarkdown = "Кіріспе." };
        return new HtmlParser().ParseDocument("<!doctype html><html><body>" + GlossaryPageRenderer.Render(model) + "</body></html>");
    }

    [Fact]
    public void Lists_entries_in_kazakh_alphabetical_order_with_anchors()
    {
        IDocument page = Render(KazakhEntries);

        string[] ids = page.QuerySelectorAll(".glossary-entry").Select(e => e.Id!).ToArray();
        Assert.Equal(["ddos", "ecology", "victim", "k-department", "cybercrime", "criminal-code", "offender", "phishing", "investigation"], ids);
        Assert.Equal("Фишинг", page.GetElementById("phishing")!.QuerySelector("dfn")!.TextContent);
    }

    [Fact]
    public void Indexes_only_the_letters_that_have_entries_and_links_them_to_their_groups()
    {
        IDocument page = Render(KazakhEntries);

        IElement[] links = page.QuerySelectorAll(".glossary-letters a").ToArray();
        Assert.Equal(["A–Z", "А", "Ж", "К", "Қ", "Ф", "І"], links.Select(a => a.TextContent));
        foreach (IElement link in links)
        {
            IElement group = page.GetElementById(link.GetAttribute("href")![1..])!;
            Assert.Equal(link.TextContent, group.QuerySelector("h2")!.TextContent);
        }

        Assert.Equal(["k-department", "cybercrime"], page.GetElementById("glossary-letter-4")!.QuerySelectorAll(".glossary-entry").Select(e => e.Id));
    }

    [Fact]
    public void Shows_kind_aliases_definition_and_where_each_entry_is_used()
    {
        var usage = new Dictionary<string, IReadOnlyList<GlossaryUsage>>
        {
            ["offender"] = [new("Қылмыскердің портреті", "../offender/portrait/"), new("Қорытынды", "../summary/")],
        };
        IDocument page = Render(KazakhEntries, usage: usage);

        IElement offender = page.GetElementById("offender")!;
        Assert.Equal("<kindTerm>", offender.QuerySelector(".glossary-kind")!.TextContent);
        Assert.Equal("<kindAbbreviation>", page.GetElementById("criminal-code")!.QuerySelector(".glossary-kind")!.TextContent);
        Assert.Equal("<aliases> кибер қылмыскер", offender.QuerySelector(".glossary-aliases")!.TextContent);
        Assert.Equal("Definition of Қылмыскер.", offender.QuerySelector(".glossary-definition p")!.TextContent);
        Assert.Equal(["../offender/portrait/", "../summary/"], offender.QuerySelectorAll(".glossary-usage a").Select(a => a.GetAttribute("href")));
        Assert.Null(page.GetElementById("phishing")!.QuerySelector(".glossary-usage"));
    }

    [Fact]
    public void Renders_the_filter_hidden_until_the_script_shows_it_and_no_flashcards()
    {
        IDocument page = Render(KazakhEntries);

        IElement filter = page.QuerySelector("[data-glossary-filter]")!;
        Assert.True(filter.HasAttribute("hidden"));
        Assert.Equal("search", filter.QuerySelector("input")!.GetAttribute("type"));
        Assert.Equal("9", page.QuerySelector("[data-glossary-count]")!.GetAttribute("data-total"));
        Assert.Null(page.QuerySelector("[data-flashcards]"));
        Assert.Equal("<p>Кіріспе.</p>", page.QuerySelector(".glossary-intro")!.InnerHtml.Trim());
    }

    [Fact]
    public void Folds_names_for_the_filter_as_a_russian_keyboard_types_them()
    {
        IDocument page = Render(KazakhEntries);

        Assert.Equal("кылмыскер кибер кылмыскер", page.GetElementById("offender")!.GetAttribute("data-search"));
    }

    [Fact]
    public void Puts_every_latin_term_under_one_a_to_z_group_so_no_latin_letter_looks_like_a_cyrillic_one()
    {
        IDocument page = Render([Entry("e-gov", "e-gov"), Entry("ip", "IP-мекенжай"), Entry("ecology", "Экология"), Entry("country", "Ел"), Entry("case", "Іс")]);

        Assert.Equal(["A–Z", "Е", "І", "Э"], page.QuerySelectorAll(".glossary-letters a").Select(a => a.TextContent));
        Assert.Equal(["e-gov", "ip"], page.GetElementById("glossary-letter-1")!.QuerySelectorAll(".glossary-entry").Select(e => e.Id!));
    }

    [Fact]
    public void Groups_russian_yo_under_ye()
    {
        IDocument page = Render([Entry("tree", "Ёлка", lang: "ru"), Entry("food", "Еда", lang: "ru"), Entry("fir", "Ель", lang: "ru")], "ru");

        Assert.Equal(["Е"], page.QuerySelectorAll(".glossary-letters a").Select(a => a.TextContent));
        Assert.Equal(["food", "tree", "fir"], page.QuerySelectorAll(".glossary-entry").Select(e => e.Id!));
    }

    [Fact]
    public void Escapes_text_and_renders_identically_twice()
    {
        GlossaryEntry risky = Entry("xss", "<script>", aliases: "a\"b") with { DefinitionMarkdown = "Safe." };
        IDocument page = Render([risky]);

        Assert.Equal("<script>", page.GetElementById("xss")!.QuerySelector("dfn")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Equal(Render(KazakhEntries).DocumentElement.OuterHtml, Render(KazakhEntries.Reverse()).DocumentElement.OuterHtml);
    }
}
