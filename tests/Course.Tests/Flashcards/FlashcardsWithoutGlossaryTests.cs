using System.Text;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Flashcards;

/// <summary>Decks are made from a language's glossary: a course without one has no decks and no link to them.</summary>
public sealed class FlashcardsWithoutGlossaryTests : IDisposable
{
    private readonly TempFolder temp = new();

    [Fact]
    public async Task ACourseWithoutAGlossaryWritesNoDeckAndLinksToNone()
    {
        string input = MiniCourse.CopyTo(temp.Combine("input"), glossary: false);

        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(input, Repo.Theme));

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        string[] pages = [.. result.Files.Select(f => f.Destination).Where(d => d.EndsWith(".html", StringComparison.Ordinal) || d.EndsWith(".xml", StringComparison.Ordinal))];
        Assert.Contains($"kk/{MiniCourse.Chapter}/index.html", pages); // the chapter is built, only its deck is not
        Assert.DoesNotContain(pages, d => d.Contains("flashcards", StringComparison.Ordinal));
        Assert.All(result.Files.Where(f => pages.Contains(f.Destination)), f =>
            Assert.DoesNotContain("flashcards/", Encoding.UTF8.GetString(f.ReadBytes()), StringComparison.Ordinal));
    }

    public void Dispose() => temp.Dispose();
}
