using System.Globalization;
using System.Text;

namespace Course.Web.Quizzes.Rendering;

/// <summary>
/// Writes the "Show answer" disclosure of a question: the right answer (written by the question's kind), the options' own feedback,
/// the explanation and the link to the section. It is the whole answer without JavaScript; quiz.js
/// hides it and copies its parts into the feedback after "Check".
/// </summary>
internal sealed class QuizAnswerWriter(StringBuilder html, QuizStrings strings)
{
    public void Write(QuizQuestion question, QuizSectionLink? link)
    {
        html.Append("<details class=\"quiz-answer\" data-quiz-answer>\n<summary>").Append(Html.Escape(strings["show-answer"]))
            .Append("</summary>\n<div class=\"quiz-key\" data-quiz-key><p class=\"quiz-key-label\">")
            .Append(Html.Escape(strings["right-answer"])).Append("</p>\n");
        question.Kind.WriteKey(this, question);
        html.Append("</div>\n");
        WriteNotes(question);
        html.Append("<p class=\"quiz-explanation\" data-quiz-explanation>").Append(QuizMarkdown.ToHtml(question.Explanation)).Append("</p>\n");
        if (link is not null)
        {
            string href = question.Section.Anchor is null ? link.Url : $"{link.Url}#{question.Section.Anchor}";
            string text = strings["read"].Replace("{title}", link.Title, StringComparison.Ordinal);
            html.Append("<p class=\"quiz-read\" data-quiz-read><a href=\"").Append(Html.Escape(href)).Append("\">")
                .Append(Html.Escape(text)).Append("</a></p>\n");
        }

        html.Append("</details>\n");
    }

    /// <summary>Each option's own feedback, marked with the option index so the script can show the chosen ones.</summary>
    private void WriteNotes(QuizQuestion question)
    {
        var notes = question.Options.Select((option, index) => (option, index)).Where(n => n.option.Feedback is not null).ToList();
        if (notes.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"quiz-notes\">\n");
        foreach ((QuizOption option, int index) in notes)
        {
            html.Append("<li data-option=\"").Append(index.ToString(CultureInfo.InvariantCulture))
                .Append("\"><span class=\"quiz-note-option\">").Append(QuizMarkdown.ToHtml(option.Text))
                .Append("</span> — <span class=\"quiz-note-text\">").Append(QuizMarkdown.ToHtml(option.Feedback!)).Append("</span></li>\n");
        }

        html.Append("</ul>\n");
    }

    public QuizStrings Strings => strings;

    /// <summary>One paragraph of ready HTML.</summary>
    public void WriteParagraph(string itemHtml) => html.Append("<p>").Append(itemHtml).Append("</p>\n");

    /// <summary>A <c>ul</c> or <c>ol</c> of ready HTML items, on one line.</summary>
    public void WriteList(string tag, IEnumerable<string> itemsHtml)
    {
        html.Append('<').Append(tag).Append('>');
        foreach (string item in itemsHtml)
        {
            html.Append("<li>").Append(item).Append("</li>");
        }

        html.Append("</").Append(tag).Append(">\n");
    }
}
