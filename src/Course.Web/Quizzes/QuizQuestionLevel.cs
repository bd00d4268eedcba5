namespace Course.Web.Quizzes;

/// <summary>
/// What a question asks of the student, as the bank's optional <c>level:</c> says: to recall a fact or
/// to apply it to a case. The quiz overview counts each; a question without a level counts as neither.
/// </summary>
public enum QuizQuestionLevel
{
    Recall,
    Application,
}
