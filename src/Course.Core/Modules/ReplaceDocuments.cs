using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Core.Modules;

/// <summary>Replaces the current documents with another pipeline's Process outputs (read once, route many).</summary>
public sealed class ReplaceDocuments(string pipeline) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context) =>
        Task.FromResult(context.Outputs.FromPipeline(pipeline));
}
