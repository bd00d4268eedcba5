namespace Course.Web.Quizzes;

/// <summary>The six kinds of question a bank may hold; the YAML names are in <see cref="QuizQuestionTypes"/>.</summary>
public enum QuizQuestionType
{
    Single,
    Multiple,
    TrueFalse,
    Text,
    Matching,
    Ordering,
}
