using System.Collections.Immutable;
using Course.Core.Documents;

namespace Course.Core.Execution;

/// <summary>Takes all input documents of a phase step and returns all outputs.</summary>
public interface IModule
{
    Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context);
}
