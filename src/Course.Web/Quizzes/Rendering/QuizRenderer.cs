using System.Globalization;
using System.Text;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// Renders a quiz bank as the HTML fragment of its quiz page. Without JavaScript every question is a
/// fieldset followed by a collapsed "Show answer" disclosure; theme/assets/js/quiz.js adds checking,
/// marking, the score against the pass mark, the review of missed questions and the attempt kept in
/// the browser's store (<c>CourseStore</c>, <c>quizzes[&lt;quizId&gt;]</c>; docs/quizzes.md).
/// </summary>
public static class QuizRenderer
{
    /// <summary>The pass mark when the course sets none (course.yml <c>passMark</c>), in per cent.</summary>
    public const int DefaultPassMark = 70;

    /// <param name="bank">The parsed bank.</param>
    /// <param name="quizId">Stable id of the quiz, <c>&lt;lang&gt;/&lt;chapter&gt;</c>, also used by the overview and as its key in the browser's store.</param>
    /// <param name="resolveSection">Maps <c>&lt;chapter&gt;/&lt;section&gt;</c> to its URL relative to the quiz page and its title; null leaves the link out.</param>
    /// <param name="strings">The UI strings of the page's language (theme/i18n/&lt;lang&gt;/quiz.yml).</param>
    /// <param name="passMark">The share of right answers, in per cent, that passes the quiz.</param>
    public static string Render(
        QuizBank bank,
        string quizId,
        Func<string, QuizSectionLink?> resolveSection,
        IReadOnlyDictionary<string, string> strings,
        int passMark = DefaultPassMark)
    {
        var text = new QuizStrings(strings);
        var html = new StringBuilder();
        html.Append("<div class=\"quiz\" data-quiz=\"").Append(Html.Escape(quizId)).Append("\" data-pass-mark=\"")
            .Append(passMark.ToString(CultureInfo.InvariantCulture)).Append('"').Append(text.ScriptAttributes()).Append(">\n");
        html.Append("<div class=\"quiz-progress\" data-quiz-progress hidden><p data-quiz-progress-text></p></div>\n");
        html.Append("<ol class=\"quiz-questions\">\n");
        for (int i = 0; i < bank.Questions.Count; i++)
        {
            QuizQuestion question = bank.Questions[i];
            WriteQuestion(html, text, question, i + 1, resolveSection(question.Section.Page));
        }

        html.Append("</ol>\n<div class=\"quiz-actions\" data-quiz-actions hidden><button type=\"button\" class=\"quiz-button\" data-quiz-finish>")
            .Append(Html.Escape(text["finish"])).Append("</button> <button type=\"button\" class=\"quiz-button quiz-button-secondary\" data-quiz-new>")
            .Append(Html.Escape(text["new-attempt"])).Append("</button></div>\n");
        html.Append("<section class=\"quiz-result\" data-quiz-result hidden aria-labelledby=\"quiz-result-title\">\n")
            .Append("<h2 id=\"quiz-result-title\" tabindex=\"-1\">").Append(Html.Escape(text["result"])).Append("</h2>\n")
            .Append("<p class=\"quiz-score\" data-quiz-score></p>\n<p data-quiz-counts></p>\n<p class=\"quiz-pass\" data-quiz-pass></p>\n")
            .Append("<div data-quiz-review-wrap hidden>\n<h3>").Append(Html.Escape(text["review-title"])).Append("</h3>\n<ul class=\"quiz-review\" data-quiz-review></ul>\n</div>\n")
            .Append("<p class=\"quiz-result-actions\"><button type=\"button\" class=\"quiz-button\" data-quiz-retry-missed>").Append(Html.Escape(text["retry-missed"]))
            .Append("</button> <button type=\"button\" class=\"quiz-button quiz-button-secondary\" data-quiz-retry>").Append(Html.Escape(text["try-again"])).Append("</button></p>\n</section>\n");
        html.Append("<section class=\"quiz-history\" data-quiz-history-wrap hidden aria-labelledby=\"quiz-history-title\">\n")
            .Append("<h2 id=\"quiz-history-title\">").Append(Html.Escape(text["history-title"])).Append("</h2>\n")
            .Append("<p data-quiz-best-text></p>\n<ol class=\"quiz-history-list\" data-quiz-history></ol>\n")
            .Append("<button type=\"button\" class=\"quiz-button quiz-button-secondary\" data-quiz-reset>").Append(Html.Escape(text["reset"])).Append("</button>\n</section>\n");
        html.Append("<dialog class=\"quiz-dialog\" data-quiz-dialog aria-labelledby=\"quiz-dialog-text\">\n<p id=\"quiz-dialog-text\" data-quiz-dialog-text></p>\n")
            .Append("<p class=\"quiz-dialog-actions\"><button type=\"button\" class=\"quiz-button\" data-quiz-dialog-ok></button> ")
            .Append("<button type=\"button\" class=\"quiz-button quiz-button-secondary\" data-quiz-dialog-cancel></button></p>\n</dialog>\n");
        html.Append("<p class=\"quiz-visually-hidden\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\" data-quiz-status></p>\n</div>\n");
        return html.ToString();
    }

    /// <summary>
    /// The item's id <c>q-&lt;id&gt;</c> is a stable anchor; its controls are numbered (<c>quiz-&lt;n&gt;-…</c>)
    /// so that no question id, whatever its spelling, can produce a duplicate id.
    /// </summary>
    private static void WriteQuestion(StringBuilder html, QuizStrings text, QuizQuestion question, int number, QuizSectionLink? link)
    {
        string baseId = "quiz-" + number.ToString(CultureInfo.InvariantCulture);
        html.Append("<li class=\"quiz-question\" id=\"q-").Append(question.Id).Append("\" data-quiz-question data-type=\"")
            .Append(question.Kind.Name).Append("\" data-answer=\"").Append(Html.Escape(question.Kind.AnswerJson(question))).Append("\">\n")
            .Append("<fieldset>\n<legend>").Append(QuizMarkdown.ToHtml(question.Text));
        if (question.Kind.HintKey is { } hint)
        {
            html.Append(" <span class=\"quiz-hint\">").Append(Html.Escape(text[hint])).Append("</span>");
        }

        html.Append("</legend>\n");
        new QuizInputWriter(html, text).Write(question, baseId);
        html.Append("</fieldset>\n<div class=\"quiz-controls\" data-quiz-controls hidden><button type=\"button\" class=\"quiz-button\" data-quiz-check>")
            .Append(Html.Escape(text["check"])).Append("</button></div>\n<div class=\"quiz-feedback\" data-quiz-feedback hidden></div>\n");
        new QuizAnswerWriter(html, text).Write(question, link);
        html.Append("</li>\n");
    }
}
