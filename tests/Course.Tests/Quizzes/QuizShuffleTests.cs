using Course.Web.Quizzes.Rendering;

namespace Course.Tests.Quizzes;

public sealed class QuizShuffleTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    public void Every_seed_gives_a_stable_permutation_that_is_never_the_written_order(int count)
    {
        foreach (string seed in new[] { "q1", "q2", "budapest-year", "a", "" })
        {
            int[] order = QuizShuffle.Order(seed, count);

            Assert.Equal(order, QuizShuffle.Order(seed, count));
            Assert.Equal(Enumerable.Range(0, count), order.Order());
            Assert.NotEqual(Enumerable.Range(0, count), order);
        }
    }

    [Fact]
    public void The_order_is_pinned_so_output_stays_byte_identical_across_versions()
    {
        Assert.Equal([0, 2, 1], QuizShuffle.Order("budapest-year", 3));
        Assert.Equal([0], QuizShuffle.Order("x", 1));
        Assert.Empty(QuizShuffle.Order("x", 0));
    }

    [Theory]
    [InlineData("1. бірінші", "1. бірінші")]
    [InlineData("- тізім", "- тізім")]
    [InlineData("# тақырып", "# тақырып")]
    [InlineData("**қалың** және *көлбеу*", "<strong>қалың</strong> және <em>көлбеу</em>")]
    [InlineData("a <b>b</b> & c", "a &lt;b&gt;b&lt;/b&gt; &amp; c")]
    public void Quiz_texts_are_inline_markdown_only(string markdown, string html)
    {
        Assert.Equal(html, QuizMarkdown.ToHtml(markdown));
    }
}
