using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Modules;
using Course.Tests.Support;
using Course.Web;
using Course.Web.Markdown;
using Course.Web.Modules;

namespace Course.Tests.Modules;

/// <summary>Single modules run on a few documents through <see cref="TestExecutionContext"/>, without a site or an engine.</summary>
public sealed class ModuleHarnessTests
{
    [Fact]
    public async Task ExtractFrontMatterMovesTheYamlIntoMetadataAndKeepsTheBody()
    {
        var context = new TestExecutionContext();
        Document page = TestDocuments.Create("kk/concepts/history.md", "---\ntitle: Тарих\norder: 3\n---\n## Бөлім\n\nМәтін.\n");
        Document asset = TestDocuments.Create("js/site.js", "---\nnot: yaml\n---\n");

        ImmutableArray<Document> outputs = await context.RunAsync(new ExtractFrontMatter(), page, asset);

        Assert.Equal(["kk/concepts/history.md", "js/site.js"], outputs.Select(d => d.RelativePath));
        Assert.Equal("Тарих", outputs[0].GetString("title"));
        Assert.Equal("3", outputs[0].GetString("order"));
        Assert.Equal("## Бөлім\n\nМәтін.\n", outputs[0].Content);
        Assert.Equal(4, outputs[0].Get<int>(Keys.BodyLineOffset)); // the body starts after four lines
        Assert.Same(asset, outputs[1]);
        Assert.Empty(context.Diagnostics.Sorted());
    }

    [Theory]
    [InlineData("Мәтін.\n", 1, 1, "no front matter")]
    [InlineData("---\ntitle: Тарих\nМәтін.\n", 1, 1, "not closed")]
    [InlineData("---\ntitle: Тарих\ndescription: [a, b\n---\nМәтін.\n", 0, 0, "Broken YAML")]
    public async Task ExtractFrontMatterReportsBrokenFrontMatterAtTheDisplayPath(string text, int line, int column, string message)
    {
        var context = new TestExecutionContext();
        Document page = TestDocuments.Create("kk/a.md", text, (Keys.DisplayPath, "input/kk/a.md"));

        ImmutableArray<Document> outputs = await context.RunAsync(new ExtractFrontMatter(), page);

        Assert.Single(outputs);
        Diagnostic error = Assert.Single(context.Diagnostics.Sorted());
        Assert.True(error.IsError);
        Assert.Equal("input/kk/a.md", error.File);
        if (line > 0)
        {
            Assert.Equal((line, column), (error.Line, error.Column));
        }
        else
        {
            Assert.InRange(error.Line, 3, 4); // inside the YAML, not at the top of the file
        }
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APerDocumentModuleKeepsTheOrderOfManyDocuments()
    {
        Document[] assets = [.. Enumerable.Range(0, 200).Select(i => TestDocuments.Create($"js/{i:D3}.js", "x"))];

        ImmutableArray<Document> outputs = await new TestExecutionContext().RunAsync(new SetAssetDestination(), assets);

        Assert.Equal(assets.Select(a => "assets/" + a.RelativePath), outputs.Select(d => d.Destination));
    }

    [Fact]
    public async Task AModuleThatThrowsOnOneDocumentReportsItsFileAndDropsOnlyIt()
    {
        var context = new TestExecutionContext();
        Document good = TestDocuments.Create("kk/good.md", "a");
        Document bad = TestDocuments.Create("kk/bad.md", "b", (Keys.DisplayPath, "input/kk/bad.md"));
        var module = new FilterDocuments(d => d.RelativePath == "kk/bad.md" ? throw new FormatException("odd input") : true);

        ImmutableArray<Document> outputs = await context.RunAsync(module, good, bad);

        Assert.Equal(new[] { good }, outputs);
        Diagnostic error = Assert.Single(context.Diagnostics.Sorted());
        Assert.Equal("input/kk/bad.md", error.File);
        Assert.Contains("FormatException: odd input", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckAnchorsReportsAFragmentThatIsNoHeadingOfItsTargetAndReadsTheGlossarysIds()
    {
        var context = new TestExecutionContext();
        context.PipelineOutputs.Add("Glossary", TestDocuments.Create("kk/glossary.md", "", (CourseKeys.UrlPath, "kk/glossary/"), ("AnchorIds", new List<string> { "phishing" })));
        PendingAnchor[] anchors =
        [
            new("kk/b/", "known", "input/kk/a.md", 3, 5),
            new("kk/b/", "missing", "input/kk/a.md", 7, 2),
            new("kk/glossary/", "phishing", "input/kk/a.md", 9, 1),
            new("kk/glossary/", "vishing", "input/kk/a.md", 11, 4),
        ];
        Document a = TestDocuments.Create("kk/a.md", "", (CourseKeys.UrlPath, "kk/a/"), (nameof(PendingAnchor), anchors));
        Document b = TestDocuments.Create("kk/b.md", "", (CourseKeys.UrlPath, "kk/b/"), (CourseKeys.Headings, new List<HeadingInfo> { new(2, "known", "Known") }));

        ImmutableArray<Document> outputs = await context.RunAsync(new CheckAnchors(), a, b);

        Assert.Equal(new[] { a, b }, outputs);
        Assert.Equal(
            ["input/kk/a.md:7:2 '#missing'", "input/kk/a.md:11:4 '#vishing'"],
            context.Diagnostics.Sorted().Select(d => $"{d.File}:{d.Line}:{d.Column} {(d.Message.Contains("'#missing'", StringComparison.Ordinal) ? "'#missing'" : d.Message.Contains("'#vishing'", StringComparison.Ordinal) ? "'#vishing'" : d.Message)}"));
    }

    [Fact]
    public async Task ReadingAPipelineTheTestDidNotGiveFailsNamingIt()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new TestExecutionContext().RunAsync(new CheckAnchors()));

        Assert.Contains("'Glossary'", error.Message, StringComparison.Ordinal);
    }
}
