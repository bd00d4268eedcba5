using System.Globalization;
using System.Text;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// Renders the list of a language's quizzes as a table: title with link, number of questions (and of each level), and the
/// best score and the attempts (date, score), which quiz.js fills from the browser's store ("not taken yet" until then).
/// </summary>
public static class QuizOverviewRenderer
{
    public static string Render(IReadOnlyList<QuizOverviewEntry> entries, IReadOnlyDictionary<string, string> strings)
    {
        var text = new QuizStrings(strings);
        var html = new StringBuilder();
        html.Append("<div class=\"quiz-overview\" data-quiz-overview").Append(text.ScriptAttributes()).Append(">\n");
        if (entries.Count == 0)
        {
            html.Append("<p>").Append(Html.Escape(text["overview-empty"])).Append("</p>\n</div>\n");
            return html.ToString();
        }

        html.Append("<table class=\"quiz-overview-table\">\n<thead><tr><th scope=\"col\">").Append(Html.Escape(text["overview-quiz"]))
            .Append("</th><th scope=\"col\">").Append(Html.Escape(text["overview-questions"]))
            .Append("</th><th scope=\"col\">").Append(Html.Escape(text["overview-best"]))
            .Append("</th><th scope=\"col\">").Append(Html.Escape(text["overview-history"])).Append("</th></tr></thead>\n<tbody>\n");
        foreach (QuizOverviewEntry entry in entries)
        {
            html.Append("<tr><th scope=\"row\"><a href=\"").Append(Html.Escape(entry.Url)).Append("\">").Append(Html.Escape(entry.Title))
                .Append("</a></th><td>").Append(entry.QuestionCount.ToString(CultureInfo.InvariantCulture));
            if (entry.RecallCount + entry.ApplicationCount > 0)
            {
                string levels = text["overview-levels"]
                    .Replace("{recall}", entry.RecallCount.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                    .Replace("{application}", entry.ApplicationCount.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
                html.Append(" <span class=\"quiz-levels\" data-quiz-levels>").Append(Html.Escape(levels)).Append("</span>");
            }

            html.Append("</td><td data-quiz-best=\"").Append(Html.Escape(entry.QuizId)).Append("\">")
                .Append(Html.Escape(text["not-taken"])).Append("</td><td data-quiz-history=\"").Append(Html.Escape(entry.QuizId)).Append("\"></td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"quiz-overview-actions\" data-quiz-reset-all-wrap hidden><button type=\"button\" class=\"quiz-button quiz-button-secondary\" data-quiz-reset-all>")
            .Append(Html.Escape(text["overview-reset"])).Append("</button></p>\n")
            .Append("<p class=\"quiz-visually-hidden\" role=\"status\" aria-live=\"polite\" aria-atomic=\"true\" data-quiz-status></p>\n</div>\n");
        return html.ToString();
    }
}
