using Course.Web.Markdown.HeadingIds;
using System.Text;
using Course.Tests.Support;
using Course.Web.Markdown;
using Markdig;
using Markdig.Extensions.AutoIdentifiers;

namespace Course.Tests.Markdown;

/// <summary><see cref="HeadingIdExtension"/> gives the ids of Markdig's GitHub auto-identifiers it replaces.</summary>
public class HeadingIdExtensionTests
{
    private static readonly MarkdownPipeline Original = Pipeline(b => b.UseAutoIdentifiers(AutoIdentifierOptions.GitHub));

    private static readonly MarkdownPipeline Ours = Pipeline(b => b.Extensions.AddIfNotAlready<HeadingIdExtension>());

    private static MarkdownPipeline Pipeline(Action<MarkdownPipelineBuilder> ids)
    {
        var builder = new MarkdownPipelineBuilder().UsePipeTables().UseFootnotes().UseEmphasisExtras().UseAutoLinks();
        ids(builder);
        return builder.UseGenericAttributes().Build();
    }

    [Theory]
    [InlineData("## Hello world\n\n## Hello world\n\n## Hello world-1\n\n## Hello world")]
    [InlineData("## \n\n## ***\n\n## !!!\n\n# Section\n\n## section")]
    [InlineData("## *Emphasis* and `code` and [a link](x.md) and <b>html</b> &amp; &copy;")]
    [InlineData("Setext heading\n==============\n\nAnother one\n-----------\n\nSetext heading\n===")]
    [InlineData("## Explicit {#custom-id}\n\n## custom-id\n\n## Explicit")]
    [InlineData("## Ақпараттық қауіпсіздік ӘӨҮҰҚҒҢҺІ әөүұқғңһі\n\n## Информационная БЕЗОПАСНОСТЬ Ёё\n\n## ИНФОРМАЦИОННАЯ безопасность ёЁ")]
    [InlineData("## İstanbul ΣΊΣΥΦΟΣ Ǆemal ẞtraße Ⅻ ① ２０２６ 😀 \u00a0nbsp\ttab")]
    [InlineData("## 1.2 Numbers_and-dashes -- __bold__ ~~del~~\n\n## 1.2 numbers_and-dashes -- bold del")]
    [InlineData("## a\n\n## a\n\n## a-1\n\n## a-2\n\n## a")]
    [InlineData("## a-1\n\n## a\n\n## a\n\n## a-3\n\n## a\n\n## a")]
    [InlineData("## a\n\n## a\n\n## a-2\n\n## a\n\n## b\n\n## a-1-1\n\n## a-1\n\n## a-1")]
    public void SameHtmlAsMarkdig(string markdown) =>
        Assert.Equal(global::Markdig.Markdown.ToHtml(markdown, Original), global::Markdig.Markdown.ToHtml(markdown, Ours));

    /// <summary>Repeats continue from the last suffix given (not from 1, which was quadratic): still Markdig's ids.</summary>
    [Fact]
    public void ThousandsOfRepeatedHeadingsMixedWithLiteralSuffixesGetMarkdigsIds()
    {
        var random = new Random(18);
        string markdown = string.Join("\n\n", Enumerable.Range(0, 3000).Select(_ => random.Next(10) switch
        {
            0 => $"## a-{random.Next(1, 2000)}",
            1 => $"## b-{random.Next(1, 50)}",
            < 6 => "## a",
            _ => "## b",
        }));

        Assert.Equal(global::Markdig.Markdown.ToHtml(markdown, Original), global::Markdig.Markdown.ToHtml(markdown, Ours));
    }

    [Fact]
    public void EveryCharacterIsLowerCasedAsMarkdigDoes()
    {
        var text = new StringBuilder();
        for (int c = 1; c <= char.MaxValue; c++)
        {
            if (!char.IsSurrogate((char)c))
            {
                text.Append((char)c);
            }
        }

        Assert.Equal(global::Markdig.Helpers.LinkHelper.UrilizeAsGfm(text.ToString()), HeadingIdExtension.Urilize(text.ToString()));
    }

    [Fact]
    public void TheRealCourseRendersTheSameIds()
    {
        foreach (string file in Directory.EnumerateFiles(Repo.Input, "*.md", SearchOption.AllDirectories))
        {
            string markdown = File.ReadAllText(file);
            Assert.Equal(global::Markdig.Markdown.ToHtml(markdown, Original), global::Markdig.Markdown.ToHtml(markdown, Ours));
        }
    }
}
