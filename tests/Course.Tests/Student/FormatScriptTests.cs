using Course.Tests.Support;
using Jint;

namespace Course.Tests.Student;

/// <summary>theme/assets/js/format.js, the one template helper of the theme's scripts, run in Jint without a DOM.</summary>
public sealed class FormatScriptTests
{
    private readonly Engine engine = new Engine().Execute(Repo.ReadText("theme", "assets/js/format.js"));

    [Theory]
    [InlineData("CourseFormat.template('{best} / {total}', { best: 3, total: 6 })", "3 / 6")]
    [InlineData("CourseFormat.template('{minutes} мин, {left}', { minutes: 0 })", "0 мин, {left}")]
    [InlineData("CourseFormat.template('{toString}', {})", "{toString}")]
    [InlineData("CourseFormat.template(null, { a: 1 })", "")]
    [InlineData("CourseFormat.template(undefined, { a: 1 })", "")]
    public void FillsTheNamesItIsGivenAndLeavesTheRest(string call, string expected) =>
        Assert.Equal(expected, engine.Evaluate(call).AsString());

    [Theory]
    [InlineData("progress.js")]
    [InlineData("offline.js")]
    [InlineData("quiz.js")]
    [InlineData("flashcards.js")]
    public void TheScriptsFillTheirTemplatesWithFormatJs(string script)
    {
        string source = Repo.ReadText("theme", "assets", "js", script);

        Assert.Contains("CourseFormat.template", source, StringComparison.Ordinal);
        Assert.DoesNotContain(".replace(/\\{(\\w+)\\}/g", source, StringComparison.Ordinal);
    }
}
