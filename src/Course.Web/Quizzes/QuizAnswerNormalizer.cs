using System.Text;
using Course.Web.Text;

namespace Course.Web.Quizzes;

/// <summary>
/// Folds a typed short answer for comparison: Kazakh letters typed on a Russian keyboard and case
/// (<see cref="KeyboardFolding"/>), then drops everything but letters and digits, so "  Sweden!" equals
/// "sweden". Twin of <c>CourseQuiz.normalize</c> in theme/assets/js/quiz.js.
/// </summary>
public static class QuizAnswerNormalizer
{
    public static string Normalize(string answer)
    {
        string folded = KeyboardFolding.Fold(answer.Normalize(NormalizationForm.FormC));
        var kept = new StringBuilder(folded.Length);
        foreach (Rune rune in folded.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                kept.Append(rune.ToString());
            }
        }

        return kept.ToString();
    }
}
