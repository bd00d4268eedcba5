using System.Collections.Immutable;
using Course.Core.Diagnostics;
using Course.Core.Documents;

namespace Course.Core.Execution;

/// <summary>What a module sees while it runs: passed explicitly, never ambient.</summary>
public interface IExecutionContext
{
    string PipelineName { get; }

    Phase Phase { get; }

    ImmutableArray<Document> Inputs { get; }

    IPipelineOutputs Outputs { get; }

    SiteServices Services { get; }

    DiagnosticBag Diagnostics { get; }

    SiteWriter Writer { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>Runs child modules in sequence, starting from the given documents.</summary>
    Task<ImmutableArray<Document>> ExecuteModulesAsync(IEnumerable<IModule> modules, ImmutableArray<Document> inputs);
}
