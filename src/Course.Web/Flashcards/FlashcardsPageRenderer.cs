using System.Globalization;
using System.Text;
using Course.Web.Quizzes.Rendering;

namespace Course.Web.Flashcards;

/// <summary>
/// The body of a flashcard page. Without JavaScript it is the list of cards, each term with its
/// definition in a collapsed <c>&lt;details&gt;</c>; theme/assets/js/flashcards.js adds the session (one
/// card at a time, "I knew it / I did not", Leitner boxes kept in the browser's store) above the list.
/// </summary>
public static class FlashcardsPageRenderer
{
    /// <param name="lang">The page's language, also the part of the browser's store that keeps the boxes.</param>
    /// <param name="cards">The deck in its order (<see cref="FlashcardDeckOrder"/>).</param>
    /// <param name="otherDecks">Links to the other decks of the language (title, URL relative to this page).</param>
    public static string Render(string lang, IReadOnlyList<Flashcard> cards, IReadOnlyList<(string Title, string Url)> otherDecks, FlashcardStrings text)
    {
        var html = new StringBuilder();
        html.Append("<div class=\"flashcards\" data-flashcards=\"").Append(Html.Escape(lang)).Append('"').Append(text.ScriptAttributes()).Append(">\n")
            .Append("<p>").Append(Html.Escape(text["intro"])).Append("</p>\n");
        if (cards.Count == 0)
        {
            html.Append("<p>").Append(Html.Escape(text["empty"])).Append("</p>\n");
        }
        else
        {
            WriteSession(html, text);
            WriteList(html, cards, text);
        }

        if (otherDecks.Count > 0)
        {
            html.Append("<nav class=\"flashcards-decks\" aria-labelledby=\"flashcards-decks-title\">\n<h2 id=\"flashcards-decks-title\">")
                .Append(Html.Escape(text["chapter-decks"])).Append("</h2>\n<ul>\n");
            foreach ((string title, string url) in otherDecks)
            {
                html.Append("<li><a href=\"").Append(Html.Escape(url)).Append("\">").Append(Html.Escape(title)).Append("</a></li>\n");
            }

            html.Append("</ul>\n</nav>\n");
        }

        html.Append("</div>\n");
        return html.ToString();
    }

    private static void WriteSession(StringBuilder html, FlashcardStrings text)
    {
        html.Append("<section class=\"flashcards-session\" data-flashcards-session hidden aria-labelledby=\"flashcards-session-title\">\n")
            .Append("<h2 id=\"flashcards-session-title\" class=\"quiz-visually-hidden\">").Append(Html.Escape(text["title"])).Append("</h2>\n")
            .Append("<p class=\"flashcards-keys\">").Append(Html.Escape(text["keys"])).Append("</p>\n")
            .Append("<p class=\"flashcards-position\" data-flashcards-position></p>\n")
            .Append("<div class=\"flashcard\" data-flashcard>\n<p class=\"flashcard-term\" data-flashcard-term></p>\n")
            .Append("<div class=\"flashcard-definition\" id=\"flashcard-definition\" data-flashcard-definition hidden></div>\n</div>\n")
            .Append("<p class=\"flashcards-actions\">")
            .Append("<button type=\"button\" class=\"quiz-button\" data-flashcards-show aria-expanded=\"false\" aria-controls=\"flashcard-definition\" aria-keyshortcuts=\"Space\">")
            .Append(Html.Escape(text["show"])).Append("</button> ")
            .Append("<button type=\"button\" class=\"quiz-button\" data-flashcards-knew aria-keyshortcuts=\"1\">").Append(Html.Escape(text["knew"])).Append("</button> ")
            .Append("<button type=\"button\" class=\"quiz-button quiz-button-secondary\" data-flashcards-missed aria-keyshortcuts=\"2\">").Append(Html.Escape(text["missed"])).Append("</button></p>\n")
            .Append("</section>\n")
            .Append("<section class=\"flashcards-summary\" data-flashcards-summary hidden aria-labelledby=\"flashcards-summary-title\">\n")
            .Append("<h2 id=\"flashcards-summary-title\" tabindex=\"-1\">").Append(Html.Escape(text["summary-title"])).Append("</h2>\n")
            .Append("<p data-flashcards-summary-text></p>\n<p data-flashcards-next></p>\n")
            .Append("<p><button type=\"button\" class=\"quiz-button\" data-flashcards-again>").Append(Html.Escape(text["again"])).Append("</button></p>\n</section>\n")
            .Append("<p class=\"flashcards-tools\" data-flashcards-tools hidden><button type=\"button\" class=\"quiz-button quiz-button-secondary\" data-flashcards-reset>")
            .Append(Html.Escape(text["reset"])).Append("</button></p>\n")
            .Append("<dialog class=\"quiz-dialog\" data-flashcards-dialog aria-labelledby=\"flashcards-dialog-text\">\n<p id=\"flashcards-dialog-text\">")
            .Append(Html.Escape(text["reset-confirm"])).Append("</p>\n<p class=\"quiz-dialog-actions\"><button type=\"button\" class=\"quiz-button\" data-flashcards-dialog-ok>")
            .Append(Html.Escape(text["reset"])).Append("</button> <button type=\"button\" class=\"quiz-button quiz-button-secondary\" data-flashcards-dialog-cancel>")
            .Append(Html.Escape(text["cancel"])).Append("</button></p>\n</dialog>\n")
            .Append("<p class=\"quiz-visually-hidden\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\" data-flashcards-status></p>\n");
    }

    private static void WriteList(StringBuilder html, IReadOnlyList<Flashcard> cards, FlashcardStrings text)
    {
        string title = text["list-title"].Replace("{count}", cards.Count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        html.Append("<section class=\"flashcards-all\" aria-labelledby=\"flashcards-all-title\">\n<h2 id=\"flashcards-all-title\">")
            .Append(Html.Escape(title)).Append("</h2>\n<ol class=\"flashcards-list\" data-flashcards-list>\n");
        foreach (Flashcard card in cards)
        {
            html.Append("<li data-card=\"").Append(Html.Escape(card.Id)).Append("\"><details><summary data-card-term>").Append(Html.Escape(card.Term))
                .Append("</summary>\n<div class=\"flashcard-text\" data-card-definition>").Append(card.DefinitionHtml.Trim())
                .Append("</div>\n<p><a href=\"").Append(Html.Escape(card.GlossaryHref)).Append("\">").Append(Html.Escape(text["in-glossary"]))
                .Append("</a></p>\n</details></li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }
}
