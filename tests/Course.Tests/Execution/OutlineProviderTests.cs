using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Outline;
using Course.Web.Site;

namespace Course.Tests.Execution;

/// <summary>Issue #18.3: the outline is built once per build, yet every caller passes the engine's access check.</summary>
public sealed class OutlineProviderTests : IDisposable
{
    private readonly TempFolder temp = new();

    // Pipelines are named by their class: "Inputs" is the one the outline is read from.
    private sealed class Inputs : Pipeline;

    private sealed class Reader : Pipeline
    {
        public Reader(Action<IExecutionContext> process)
        {
            Dependencies.Add(nameof(Inputs));
            ProcessModules.Add(new Run(process));
        }
    }

    private sealed class Stranger : Pipeline
    {
        public Stranger(Action<IExecutionContext> process) => ProcessModules.Add(new Run(process));
    }

    private sealed class Run(Action<IExecutionContext> body) : IModule
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
        {
            body(context);
            return Task.FromResult(context.Inputs);
        }
    }

    [Fact]
    public async Task ACallerWhosePipelineMayNotReadInputsIsRefusedEvenWhenTheOutlineIsAlreadyBuilt()
    {
        string input = MiniCourse.CopyTo(temp.Combine("input"));
        var options = new BuildOptions(input, Repo.Theme);
        CourseSettings settings = CourseSettingsLoader.Load(input, options).Settings!;
        var provider = new OutlineProvider();
        var services = new SiteServices().Add(settings).Add(UiStrings.Load(Repo.Theme, settings.Languages)).Add(provider);
        CourseOutline? first = null;
        CourseOutline? second = null;

        // serial: the reader builds the outline before the stranger asks for it
        BuildResult result = await new Engine([new Inputs(), new Reader(c => first = provider.Get(c)), new Stranger(c => second = provider.Get(c))], services, serial: true).ExecuteAsync();

        Assert.NotNull(first);
        Assert.Null(second);
        Core.Diagnostics.Diagnostic error = Assert.Single(result.Diagnostics);
        Assert.Contains("Stranger/Process cannot read 'Inputs': it is not a dependency", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => temp.Dispose();
}
