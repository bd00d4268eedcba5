using System.Collections.Concurrent;
using System.Collections.Immutable;
using Course.Core.Documents;

namespace Course.Core.Execution;

/// <summary>
/// Enforces Statiq's access rules: Process reads the Process outputs of its (transitive)
/// dependencies; PostProcess reads the Process outputs of every pipeline; Input and Output read nothing.
/// </summary>
internal sealed class PhaseOutputs(
    ConcurrentDictionary<string, ImmutableArray<Document>> processOutputs,
    string pipelineName,
    Phase phase,
    IReadOnlySet<string> transitiveDependencies) : IPipelineOutputs
{
    public ImmutableArray<Document> FromPipeline(string pipelineName1)
    {
        if (phase is Phase.Input or Phase.Output)
        {
            throw new InvalidOperationException(
                $"{pipelineName}/{phase} cannot read other pipelines' outputs; only Process and PostProcess can.");
        }

        if (string.Equals(pipelineName1, pipelineName, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{pipelineName}/{phase} cannot read its own pipeline's outputs.");
        }

        if (phase == Phase.Process && !transitiveDependencies.Contains(pipelineName1))
        {
            throw new InvalidOperationException(
                $"{pipelineName}/Process cannot read '{pipelineName1}': it is not a dependency. Add it to Dependencies or read it in PostProcess.");
        }

        return processOutputs.TryGetValue(pipelineName1, out ImmutableArray<Document> documents)
            ? documents
            : throw new InvalidOperationException($"No outputs of pipeline '{pipelineName1}' (it does not exist or failed).");
    }
}
