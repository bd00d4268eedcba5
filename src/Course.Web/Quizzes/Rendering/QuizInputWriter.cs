using System.Globalization;
using System.Text;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// Writes the controls of a question inside its fieldset: native radios, checkboxes, a text field or
/// selects, each with a label. Values are the indexes in the bank; the display order is shuffled
/// deterministically by <see cref="QuizShuffle"/>.
/// </summary>
internal sealed class QuizInputWriter(StringBuilder html, QuizStrings strings)
{
    public void Write(QuizQuestion question, string baseId)
    {
        switch (question.Type)
        {
            case QuizQuestionType.Single:
            case QuizQuestionType.Multiple:
                string inputType = question.Type == QuizQuestionType.Single ? "radio" : "checkbox";
                var choices = QuizShuffle.Order(question.Id, question.Options.Count)
                    .Select(index => (Value: index.ToString(CultureInfo.InvariantCulture), Html: QuizMarkdown.ToHtml(question.Options[index].Text)));
                WriteChoices(inputType, baseId, choices, reshuffle: true);
                break;
            case QuizQuestionType.TrueFalse:
                WriteChoices("radio", baseId, [("true", Html.Escape(strings["true"])), ("false", Html.Escape(strings["false"]))], reshuffle: false);
                break;
            case QuizQuestionType.Text:
                html.Append("<div class=\"quiz-text\"><label for=\"").Append(baseId).Append("-input\">")
                    .Append(Html.Escape(strings["your-answer"])).Append("</label> <input type=\"text\" id=\"").Append(baseId)
                    .Append("-input\" name=\"").Append(baseId)
                    .Append("\" autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\" data-quiz-text></div>\n");
                break;
            case QuizQuestionType.Matching:
                WriteMatching(question, baseId);
                break;
            case QuizQuestionType.Ordering:
                WriteOrdering(question, baseId);
                break;
        }
    }

    /// <param name="reshuffle">Whether "Try again" may reorder them (not true/false, which keeps its order).</param>
    private void WriteChoices(string inputType, string baseId, IEnumerable<(string Value, string Html)> choices, bool reshuffle)
    {
        html.Append(reshuffle ? "<div class=\"quiz-choices\" data-quiz-shuffle>\n" : "<div class=\"quiz-choices\">\n");
        foreach ((string value, string label) in choices)
        {
            string id = $"{baseId}-{value}";
            html.Append("<div class=\"quiz-choice\"><input type=\"").Append(inputType).Append("\" id=\"").Append(id)
                .Append("\" name=\"").Append(baseId).Append("\" value=\"").Append(value).Append("\"> <label for=\"")
                .Append(id).Append("\">").Append(label).Append("</label></div>\n");
        }

        html.Append("</div>\n");
    }

    private void WriteMatching(QuizQuestion question, string baseId)
    {
        int[] order = QuizShuffle.Order(question.Id, question.Pairs.Count);
        var rights = order.Select(index => (Value: index.ToString(CultureInfo.InvariantCulture), Text: QuizMarkdown.ToPlainText(question.Pairs[index].Right)));
        html.Append("<div class=\"quiz-rows\">\n");
        for (int left = 0; left < question.Pairs.Count; left++)
        {
            WriteSelectRow($"{baseId}-{left}", "data-left", left, QuizMarkdown.ToHtml(question.Pairs[left].Left), rights);
        }

        html.Append("</div>\n");
    }

    private void WriteOrdering(QuizQuestion question, string baseId)
    {
        int count = question.Items.Count;
        var positions = Enumerable.Range(1, count).Select(p => p.ToString(CultureInfo.InvariantCulture)).Select(p => (p, p));
        html.Append("<div class=\"quiz-rows\" data-quiz-shuffle>\n");
        foreach (int item in QuizShuffle.Order(question.Id, count))
        {
            WriteSelectRow($"{baseId}-{item}", "data-item", item, QuizMarkdown.ToHtml(question.Items[item]), positions);
        }

        html.Append("</div>\n");
    }

    private void WriteSelectRow(string id, string indexAttribute, int index, string labelHtml, IEnumerable<(string Value, string Text)> options)
    {
        html.Append("<div class=\"quiz-row\"><label for=\"").Append(id).Append("\">").Append(labelHtml)
            .Append("</label> <select id=\"").Append(id).Append("\" ").Append(indexAttribute).Append("=\"")
            .Append(index.ToString(CultureInfo.InvariantCulture)).Append("\"><option value=\"\">")
            .Append(Html.Escape(strings["choose"])).Append("</option>");
        foreach ((string value, string text) in options)
        {
            html.Append("<option value=\"").Append(value).Append("\">").Append(Html.Escape(text)).Append("</option>");
        }

        html.Append("</select></div>\n");
    }
}
