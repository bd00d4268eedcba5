using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;

namespace Course.Core.Execution;

internal sealed record ExecutionContext(
    string PipelineName,
    Phase Phase,
    ImmutableArray<Document> Inputs,
    IPipelineOutputs Outputs,
    SiteServices Services,
    DiagnosticBag Diagnostics,
    SiteWriter Writer,
    CancellationToken CancellationToken) : IExecutionContext
{
    public async Task<ImmutableArray<Document>> ExecuteModulesAsync(IEnumerable<IModule> modules, ImmutableArray<Document> inputs)
    {
        ImmutableArray<Document> documents = inputs;
        foreach (IModule module in modules)
        {
            CancellationToken.ThrowIfCancellationRequested();
            documents = await module.ExecuteAsync(this with { Inputs = documents }).ConfigureAwait(false);
        }

        return documents;
    }
}
