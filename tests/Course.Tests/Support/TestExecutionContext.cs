using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Tests.Support;

/// <summary>
/// What a module sees while it runs, set up by hand (as Statiq.Testing's TestExecutionContext): run one
/// module on a few documents with the services and other pipelines' outputs it reads, then assert its
/// outputs and <see cref="Diagnostics"/>. Copies made with <c>with</c> share the services, outputs,
/// diagnostics and writer.
/// </summary>
public sealed record TestExecutionContext : IExecutionContext
{
    public string PipelineName { get; init; } = "Test";

    public Phase Phase { get; init; } = Phase.Process;

    public ImmutableArray<Document> Inputs { get; init; } = [];

    /// <summary>Other pipelines' outputs the module may read: add them before running it.</summary>
    public TestPipelineOutputs PipelineOutputs { get; init; } = new();

    public IPipelineOutputs Outputs => PipelineOutputs;

    public SiteServices Services { get; init; } = new();

    public DiagnosticBag Diagnostics { get; init; } = new();

    public SiteWriter Writer { get; init; } = new();

    public CancellationToken CancellationToken => TestContext.Current.CancellationToken;

    /// <summary>Runs one module on the documents, as a pipeline phase would.</summary>
    public Task<ImmutableArray<Document>> RunAsync(IModule module, params Document[] inputs) =>
        ExecuteModulesAsync([module], [.. inputs]);

    public async Task<ImmutableArray<Document>> ExecuteModulesAsync(IEnumerable<IModule> modules, ImmutableArray<Document> inputs)
    {
        ImmutableArray<Document> documents = inputs;
        foreach (IModule module in modules)
        {
            documents = await module.ExecuteAsync(this with { Inputs = documents });
        }

        return documents;
    }
}
