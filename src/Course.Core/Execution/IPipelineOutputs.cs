using System.Collections.Immutable;
using Course.Core.Documents;

namespace Course.Core.Execution;

/// <summary>Outputs of other pipelines, as far as the phase rules allow a module to read them.</summary>
public interface IPipelineOutputs
{
    ImmutableArray<Document> FromPipeline(string pipelineName);
}
