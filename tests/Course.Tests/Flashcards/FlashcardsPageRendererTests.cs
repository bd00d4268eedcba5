using AngleSharp.Dom;
using Course.Tests.Quizzes;
using Course.Tests.Support;
using Course.Web.Flashcards;

namespace Course.Tests.Flashcards;

public sealed class FlashcardsPageRendererTests
{
    private static readonly Flashcard[] Cards =
    [
        new("phishing", "Фишинг", "<p>Алдап <em>алу</em>.</p>", "../../glossary/#phishing"),
        new("botnet", "Ботнет", "<p>Желі.</p>", "../../glossary/#botnet"),
    ];

    [Fact]
    public void Without_javascript_the_deck_is_a_list_of_terms_with_folded_definitions()
    {
        IDocument page = QuizRendererTests.Parse(FlashcardsPageRenderer.Render("kk", Cards, [("Флеш-карталар: бүкіл курс", "../../flashcards/")], Strings("kk")));

        IElement[] items = [.. page.QuerySelectorAll("[data-flashcards-list] > li")];
        Assert.Equal(["phishing", "botnet"], items.Select(i => i.GetAttribute("data-card")));
        Assert.Equal("Фишинг", items[0].QuerySelector("details > summary")!.TextContent);
        Assert.False(items[0].QuerySelector("details")!.HasAttribute("open"));
        Assert.Equal("<p>Алдап <em>алу</em>.</p>", items[0].QuerySelector("[data-card-definition]")!.InnerHtml);
        Assert.Equal("../../glossary/#phishing", items[0].QuerySelector("a")!.GetAttribute("href"));
        Assert.All(page.QuerySelectorAll("[data-flashcards-session], [data-flashcards-summary], [data-flashcards-tools]"), e => Assert.True(e.HasAttribute("hidden")));
        Assert.Equal("../../flashcards/", page.QuerySelector(".flashcards-decks a")!.GetAttribute("href"));
        Assert.Equal(["Space", "1", "2"], page.QuerySelectorAll("[aria-keyshortcuts]").Select(b => b.GetAttribute("aria-keyshortcuts")));
        Assert.Equal("Анықтаманы көрсету", page.QuerySelector("[data-flashcards]")!.GetAttribute("data-msg-show"));
    }

    [Fact]
    public void An_empty_deck_says_so()
    {
        IDocument page = QuizRendererTests.Parse(FlashcardsPageRenderer.Render("ru", [], [], Strings("ru")));

        Assert.Null(page.QuerySelector("[data-flashcards-session]"));
        Assert.Contains(page.QuerySelectorAll("p"), p => p.TextContent == "В этой главе пока нет терминов глоссария.");
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void The_theme_has_every_flashcard_string(string lang)
    {
        Assert.Empty(FlashcardStrings.MissingKeys(ThemeStrings.Read(lang, "flashcards")));
    }

    private static FlashcardStrings Strings(string lang) => new(ThemeStrings.Read(lang, "flashcards"));
}
