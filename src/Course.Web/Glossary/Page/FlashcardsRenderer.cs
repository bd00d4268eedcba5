using System.Text;

namespace Course.Web.Glossary.Page;

/// <summary>
/// The flashcards section of the glossary page: empty controls that glossary.js fills from the entries on the
/// page, keeping the learner's counts in localStorage under <c>course:flashcards:&lt;lang&gt;</c>.
/// </summary>
public static class FlashcardsRenderer
{
    public static string StorageKeyOf(string lang) => $"course:flashcards:{lang}";

    public static string Render(string lang, GlossaryStrings strings)
    {
        var html = new StringBuilder();
        html.Append("<section class=\"flashcards\" aria-labelledby=\"flashcards-title\" data-flashcards data-storage-key=\"")
            .Append(HtmlEscape.Text(StorageKeyOf(lang))).Append("\" hidden>\n")
            .Append("<h2 id=\"flashcards-title\">").Append(HtmlEscape.Text(strings.FlashcardsTitle)).Append("</h2>\n")
            .Append("<p>").Append(HtmlEscape.Text(strings.FlashcardsIntro)).Append("</p>\n")
            .Append("<p class=\"flashcards-position\" data-flashcards-position data-template=\"").Append(HtmlEscape.Text(strings.CardPosition)).Append("\"></p>\n")
            .Append("<div class=\"flashcard\" data-flashcard>\n")
            .Append("<p class=\"flashcard-term\" data-flashcard-term></p>\n")
            .Append("<div class=\"flashcard-definition\" id=\"flashcard-definition\" data-flashcard-definition hidden></div>\n")
            .Append("</div>\n")
            .Append("<p class=\"flashcards-done\" data-flashcards-done hidden>").Append(HtmlEscape.Text(strings.FlashcardsDone)).Append("</p>\n")
            .Append("<div class=\"flashcards-actions\">\n")
            .Append("<button type=\"button\" data-flashcards-action=\"show\" aria-expanded=\"false\" aria-controls=\"flashcard-definition\" data-label-show=\"")
            .Append(HtmlEscape.Text(strings.ShowDefinition)).Append("\" data-label-hide=\"").Append(HtmlEscape.Text(strings.HideDefinition)).Append("\">")
            .Append(HtmlEscape.Text(strings.ShowDefinition)).Append("</button>\n");
        AppendButton(html, "knew", strings.KnewIt);
        AppendButton(html, "not-yet", strings.NotYet);
        AppendButton(html, "shuffle", strings.Shuffle);
        AppendButton(html, "reset", strings.Reset);
        html.Append("</div>\n")
            .Append("<p class=\"flashcards-stats\" role=\"status\" data-flashcards-stats data-template=\"").Append(HtmlEscape.Text(strings.FlashcardsStats)).Append("\"></p>\n")
            .Append("</section>\n");
        return html.ToString();
    }

    private static void AppendButton(StringBuilder html, string action, string label) =>
        html.Append("<button type=\"button\" data-flashcards-action=\"").Append(action).Append("\">").Append(HtmlEscape.Text(label)).Append("</button>\n");
}
