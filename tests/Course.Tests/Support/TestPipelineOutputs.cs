using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Tests.Support;

/// <summary>Other pipelines' outputs for a <see cref="TestExecutionContext"/>; reading one that was not added fails the test, naming it.</summary>
public sealed class TestPipelineOutputs : IPipelineOutputs
{
    private readonly Dictionary<string, ImmutableArray<Document>> outputs = new(StringComparer.OrdinalIgnoreCase);

    public TestPipelineOutputs Add(string pipelineName, params Document[] documents)
    {
        outputs[pipelineName] = [.. documents];
        return this;
    }

    public ImmutableArray<Document> FromPipeline(string pipelineName) =>
        outputs.TryGetValue(pipelineName, out ImmutableArray<Document> documents)
            ? documents
            : throw new InvalidOperationException($"The module read pipeline '{pipelineName}', which the test did not give it (PipelineOutputs.Add).");
}
