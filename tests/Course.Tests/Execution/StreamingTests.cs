using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Core.Modules;

namespace Course.Tests.Execution;

/// <summary>Pages streamed through Process one at a time (ForEachDocument), staged at once (StageFiles), read back on demand (FileContent).</summary>
public sealed class StreamingTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("course-streaming-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private sealed class Append(string suffix) : Module
    {
        public int Prepared { get; private set; }

        protected internal override void Prepare(IExecutionContext context) => Prepared++;

        protected internal override IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) =>
            [input.WithContent(input.Content + suffix)];
    }

    private sealed class Pages : Pipeline
    {
        public Pages(Append first, Append second)
        {
            InputModules.Add(new FromList());
            ProcessModules.Add(new ForEachDocument(first, second, new StageFiles()));
            OutputModules.Add(new WriteFiles());
        }
    }

    private sealed class FromList : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context) =>
            Task.FromResult(Enumerable.Range(0, 50).Select(i => Document.Create(null, $"p{i:00}.md", $"page {i:00}").WithDestination($"p{i:00}/index.html")).ToImmutableArray());
    }

    [Fact]
    public async Task EachPageGoesThroughEveryStepPreparedOnceAndInOrder()
    {
        Append first = new(" a");
        Append second = new(" b");

        BuildResult result = await new Engine([new Pages(first, second)], new SiteServices()).ExecuteAsync();

        Assert.True(result.Succeeded);
        Assert.Equal(1, first.Prepared);
        Assert.Equal(1, second.Prepared);
        ImmutableArray<Document> pages = [.. result.ProcessOutputs["Pages"]];
        Assert.Equal(Enumerable.Range(0, 50).Select(i => $"page {i:00} a b"), pages.Select(p => p.Content));
        Assert.All(pages, p => Assert.IsType<TextContent>(p.Body));
        Assert.Equal("page 07 a b", System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Destination == "p07/index.html").ReadBytes()));
    }

    [Fact]
    public async Task WithAStagingFolderPagesAreWrittenAtOnceAndKeptOnlyAsFiles()
    {
        string staging = Path.Combine(root, "staging");

        BuildResult result = await new Engine([new Pages(new Append(" a"), new Append(" b"))], new SiteServices(), stagingRoot: staging).ExecuteAsync();

        Assert.True(result.Succeeded);
        Document page = result.ProcessOutputs["Pages"].Single(p => p.RelativePath == "p03.md");
        FileContent file = Assert.IsType<FileContent>(page.Body);
        Assert.True(file.Staged);
        Assert.Equal(Path.Combine(staging, "p03", "index.html"), file.Path);
        Assert.Equal("page 03 a b", page.Content);
        Assert.Equal(50, result.Files.Count);
        Assert.All(result.Files, f => Assert.True(f.Staged && f.Bytes is null));
        Assert.Equal("page 49 a b", File.ReadAllText(Path.Combine(staging, "p49", "index.html")));
    }

    [Fact]
    public void FileContentReadsLineEndingsAsNewlinesFromItsStart()
    {
        string path = Path.Combine(root, "page.md");
        File.WriteAllText(path, "---\r\ntitle: T\r\n---\r\nBody\r\nline\r\n");

        Assert.Equal("---\ntitle: T\n---\nBody\nline\n", new FileContent(path).Read());
        Assert.Equal("Body\nline\n", new FileContent(path, Start: 17).Read());
    }

    [Fact]
    public void FrontMatterIsReadWithoutTheBodyBelowIt()
    {
        string path = Path.Combine(root, "long.md");
        string head = "---\r\ntitle: " + new string('x', 4096 - 13) + "\r\n---\r\n"; // the "\r\n" straddles the first 4,096 characters
        File.WriteAllText(path, head + string.Concat(Enumerable.Repeat("Мәтін жолы.\r\n", 5000)));

        string text = new FileContent(path).ReadThrough("\n---\n", 3);

        Assert.StartsWith(head.Replace("\r\n", "\n"), text);
        Assert.True(text.Length < 10_000);
        Assert.Equal(new FileContent(path).Read(), new FileContent(Path.Combine(root, "long.md")).ReadThrough("no such marker", 0));
    }

    [Fact]
    public async Task FrontMatterOfAFileLeavesItsBodyInTheFile()
    {
        string input = Path.Combine(root, "input");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "page.md"), "---\r\ntitle: Бет\r\n---\r\n## Тақырып\r\n\r\nМәтін.\r\n");

        var context = new TestContext(await new ReadFiles(input).ExecuteAsync(new TestContext([])));
        Document page = Assert.Single(await new ExtractFrontMatter().ExecuteAsync(context));

        Assert.Equal("Бет", page.GetString(Keys.Title));
        FileContent body = Assert.IsType<FileContent>(page.Body);
        Assert.Equal("## Тақырып\n\nМәтін.\n", body.Read());
        Assert.Equal(3, page.Get<int>(Keys.BodyLineOffset));
    }

    private sealed record TestContext(ImmutableArray<Document> Inputs) : IExecutionContext
    {
        public string PipelineName => "Test";

        public Phase Phase => Phase.Process;

        public IPipelineOutputs Outputs => throw new NotSupportedException();

        public SiteServices Services { get; } = new();

        public Course.Core.Diagnostics.DiagnosticBag Diagnostics { get; } = new();

        public SiteWriter Writer { get; } = new();

        public CancellationToken CancellationToken => CancellationToken.None;

        public Task<ImmutableArray<Document>> ExecuteModulesAsync(IEnumerable<IModule> modules, ImmutableArray<Document> inputs) => throw new NotSupportedException();
    }
}
