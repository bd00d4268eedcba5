using System.Collections.Concurrent;
using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Tests.Execution;

public class EngineTests
{
    private static readonly string[] Pipelines = ["A", "B", "C"];

    private sealed class Record(ConcurrentQueue<string> log, Func<IExecutionContext, ImmutableArray<Document>>? body = null) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
        {
            log.Enqueue($"{context.PipelineName}/{context.Phase}");
            return Task.FromResult(body?.Invoke(context) ?? context.Inputs.Add(Document.Create(null, context.PipelineName, context.Phase.ToString())));
        }
    }

    // Pipelines are named by their class; nested subclasses give distinct names.
    private sealed class A(ConcurrentQueue<string> log, Func<IExecutionContext, ImmutableArray<Document>>? process = null) : PipelineShell(log, [], process);

    private sealed class B(ConcurrentQueue<string> log, Func<IExecutionContext, ImmutableArray<Document>>? process = null) : PipelineShell(log, ["A"], process);

    private sealed class C(ConcurrentQueue<string> log, Func<IExecutionContext, ImmutableArray<Document>>? process = null) : PipelineShell(log, [], process);

    private abstract class PipelineShell : Pipeline
    {
        protected PipelineShell(ConcurrentQueue<string> log, string[] dependencies, Func<IExecutionContext, ImmutableArray<Document>>? process)
        {
            Dependencies.UnionWith(dependencies);
            InputModules.Add(new Record(log));
            ProcessModules.Add(new Record(log, process));
            PostProcessModules.Add(new Record(log));
            OutputModules.Add(new Record(log));
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task RunsPhasesInStatiqOrder(bool serial)
    {
        var log = new ConcurrentQueue<string>();
        BuildResult result = await new Course.Core.Execution.Engine([new B(log), new A(log), new C(log)], new SiteServices(), serial).ExecuteAsync();

        Assert.True(result.Succeeded);
        List<string> order = [.. log];
        int Index(string step) => order.IndexOf(step);
        Assert.True(Index("A/Process") < Index("B/Process"), "a dependency's Process runs first");
        Assert.True(Index("A/Input") < Index("A/Process"));
        int lastProcess = Pipelines.Max(p => Index(p + "/Process"));
        Assert.All(Pipelines, p => Assert.True(Index(p + "/PostProcess") > lastProcess, "PostProcess waits for every Process"));
        Assert.All(Pipelines, p => Assert.True(Index(p + "/Output") > Index(p + "/PostProcess")));
        Assert.Equal(12, order.Count);
    }

    [Fact]
    public async Task ProcessReadsItsDependenciesButNotOtherPipelines()
    {
        var log = new ConcurrentQueue<string>();
        int seen = -1;
        var b = new B(log, context =>
        {
            seen = context.Outputs.FromPipeline("A").Length;
            return context.Inputs;
        });
        var c = new C(log, context => context.Outputs.FromPipeline("A"));

        BuildResult result = await new Course.Core.Execution.Engine([new A(log), b, c], new SiteServices()).ExecuteAsync();

        Assert.Equal(2, seen); // A's Input and Process documents
        Course.Core.Diagnostics.Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Contains("C/Process cannot read 'A': it is not a dependency", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedPhaseSkipsItsDependentsAndReportsOnceWithoutStackTrace()
    {
        var log = new ConcurrentQueue<string>();
        var a = new A(log, _ => throw new InvalidOperationException("boom"));

        BuildResult result = await new Course.Core.Execution.Engine([a, new B(log), new C(log)], new SiteServices()).ExecuteAsync();

        Assert.False(result.Succeeded);
        Course.Core.Diagnostics.Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Contains("A/Process failed: InvalidOperationException: boom", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("B/Process", log);
        Assert.Contains("C/Process", log); // independent work still runs and reports its own problems
        Assert.DoesNotContain("C/PostProcess", log); // whole-site work never sees a half-processed site
    }

    [Fact]
    public void RejectsCyclesAndUnknownDependencies()
    {
        var log = new ConcurrentQueue<string>();
        var unknown = Assert.Throws<InvalidOperationException>(() => new Course.Core.Execution.Engine([new B(log)], new SiteServices()));
        Assert.Contains("depends on 'A', which does not exist", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentsChangeOnlyByCloning()
    {
        Document original = Document.Create(null, "kk/a.md", "text");
        Document changed = original.WithMetadata("title", "X").WithContent("other");

        Assert.Equal("text", original.Content);
        Assert.False(original.Has("title"));
        Assert.Equal("X", changed.GetString("TITLE"));
    }

    // Runs after the others have written their files, and sees every one of them.
    private sealed class Last : Pipeline
    {
        public Last(ConcurrentQueue<string> log, List<string> seen)
        {
            RunsLast = true;
            InputModules.Add(new Record(log));
            PostProcessModules.Add(new Record(log, context =>
            {
                seen.AddRange(context.Writer.Files.Select(f => f.Destination));
                return [Document.Create(null, "last.txt", "last").WithDestination("last.txt")];
            }));
            OutputModules.Add(new Course.Core.Modules.WriteFiles());
        }
    }

    private sealed class Writes : PipelineShell
    {
        public Writes(ConcurrentQueue<string> log)
            : base(log, [], _ => [Document.Create(null, "a.txt", "x").WithDestination("a.txt")])
        {
            OutputModules.Add(new Course.Core.Modules.WriteFiles());
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task APipelineThatRunsLastStartsAfterEveryOutputAndSeesEveryWrittenFile(bool serial)
    {
        var log = new ConcurrentQueue<string>();
        var seen = new List<string>();

        BuildResult result = await new Course.Core.Execution.Engine([new Last(log, seen), new Writes(log), new C(log)], new SiteServices(), serial).ExecuteAsync();

        Assert.True(result.Succeeded);
        List<string> order = [.. log];
        Assert.True(order.IndexOf("Last/Input") > Math.Max(order.IndexOf("Writes/Output"), order.IndexOf("C/Output")), string.Join(", ", order));
        Assert.Equal(["a.txt"], seen);
        Assert.Equal(["a.txt", "last.txt"], result.Files.Select(f => f.Destination));
    }

    [Fact]
    public async Task APipelineThatRunsLastIsSkippedWhenTheSiteFailed()
    {
        var log = new ConcurrentQueue<string>();
        var seen = new List<string>();

        BuildResult result = await new Course.Core.Execution.Engine([new Last(log, seen), new A(log, _ => throw new InvalidOperationException("boom"))], new SiteServices()).ExecuteAsync();

        Assert.False(result.Succeeded);
        Assert.DoesNotContain("Last/Input", log);
    }

    [Fact]
    public void NoOrdinaryPipelineMayDependOnOneThatRunsLast()
    {
        var log = new ConcurrentQueue<string>();
        var error = Assert.Throws<InvalidOperationException>(() => new Course.Core.Execution.Engine([new Last(log, []), new DependsOnLast(log)], new SiteServices()));
        Assert.Contains("depends on 'Last', which runs last", error.Message, StringComparison.Ordinal);
    }

    private sealed class DependsOnLast(ConcurrentQueue<string> log) : PipelineShell(log, ["Last"], null);
}
