using Course.Tests.Support;
using Course.Web.Quizzes.Rendering;

namespace Course.Tests.Quizzes;

public sealed class QuizStringsTests
{
    private static readonly string[] ScoreKeys = ["score", "best", "best-short", "last"];

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void The_theme_has_every_quiz_string_and_no_other(string lang)
    {
        IReadOnlyDictionary<string, string> strings = ThemeStrings.Read(lang, "quiz");

        Assert.Empty(QuizStrings.MissingKeys(strings));
        Assert.Empty(strings.Keys.Except(QuizStrings.RequiredKeys));
        Assert.All(strings.Values, value => Assert.Matches("[\u0400-\u04FF]|^\\{score\\} / \\{total\\}$", value));
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public void Placeholders_are_where_the_code_fills_them(string lang)
    {
        IReadOnlyDictionary<string, string> strings = ThemeStrings.Read(lang, "quiz");

        Assert.Contains("{title}", strings["read"]);
        Assert.All(ScoreKeys, key =>
        {
            Assert.Contains("{score}", strings[key]);
            Assert.Contains("{total}", strings[key]);
        });
    }

    [Fact]
    public void Each_language_has_its_own_wording()
    {
        IReadOnlyDictionary<string, string> kk = ThemeStrings.Read("kk", "quiz");
        IReadOnlyDictionary<string, string> ru = ThemeStrings.Read("ru", "quiz");

        // "Тест" is the same word in both languages; everything else was translated, not copied.
        Assert.Equal(["overview-quiz"], kk.Keys.Where(key => kk[key] == ru[key]));
    }

    [Fact]
    public void Quiz_code_holds_no_kazakh_or_russian_text()
    {
        string folder = Path.Combine(Repo.Root, "src", "Course.Web", "Quizzes");

        Assert.All(Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories),
            file => Assert.DoesNotMatch("[\u0400-\u04FF]", File.ReadAllText(file)));
    }
}
