using System.Globalization;
using System.Text;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// Writes the controls of a question inside its fieldset: its kind writes them
/// (<see cref="Kinds.QuizKind.WriteInputs"/>) from the labelled native controls here. Values are the
/// indexes in the bank; the display order is shuffled deterministically by <see cref="QuizShuffle"/>.
/// </summary>
internal sealed class QuizInputWriter(StringBuilder html, QuizStrings strings)
{
    /// <summary>The UI string of a list box's empty first entry.</summary>
    public const string ChooseKey = "choose";

    public StringBuilder Output => html;

    public QuizStrings Strings => strings;

    public void Write(QuizQuestion question, string baseId) => question.Kind.WriteInputs(this, question, baseId);

    /// <param name="inputType"><c>radio</c> or <c>checkbox</c>.</param>
    /// <param name="baseId">The question's control prefix; each input is <c>baseId-value</c>.</param>
    /// <param name="choices">Values and label HTML in display order.</param>
    /// <param name="reshuffle">Whether "Try again" may reorder them (not true/false, which keeps its order).</param>
    public void WriteChoices(string inputType, string baseId, IEnumerable<(string Value, string Html)> choices, bool reshuffle)
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

    /// <summary>One labelled list box: an empty "choose" entry, then <paramref name="options"/> as values and plain texts.</summary>
    public void WriteSelectRow(string id, string indexAttribute, int index, string labelHtml, IEnumerable<(string Value, string Text)> options)
    {
        html.Append("<div class=\"quiz-row\"><label for=\"").Append(id).Append("\">").Append(labelHtml)
            .Append("</label> <select id=\"").Append(id).Append("\" ").Append(indexAttribute).Append("=\"")
            .Append(index.ToString(CultureInfo.InvariantCulture)).Append("\"><option value=\"\">")
            .Append(Html.Escape(strings[ChooseKey])).Append("</option>");
        foreach ((string value, string text) in options)
        {
            html.Append("<option value=\"").Append(value).Append("\">").Append(Html.Escape(text)).Append("</option>");
        }

        html.Append("</select></div>\n");
    }
}
