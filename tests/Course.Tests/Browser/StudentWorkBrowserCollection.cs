namespace Course.Tests.Browser;

/// <summary>Browser tests of a student's work: reading, quizzes, flashcards, the glossary, progress, offline (see <see cref="BrowserCollection"/>).</summary>
[CollectionDefinition(Name)]
public sealed class StudentWorkBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser: student work";
}
