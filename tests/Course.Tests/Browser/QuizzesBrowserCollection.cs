namespace Course.Tests.Browser;

/// <summary>Browser tests of a student's quizzes and flashcards (see <see cref="BrowserCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class QuizzesBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser: quizzes";
}
