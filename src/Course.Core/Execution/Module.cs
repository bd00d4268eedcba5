using System.Collections.Immutable;
using Course.Core.Documents;

namespace Course.Core.Execution;

/// <summary>
/// Base class of modules: override <see cref="ExecuteInput"/> for per-document work (run in parallel,
/// order kept) or <see cref="ExecuteContextAsync"/> to see all inputs at once.
/// </summary>
public abstract class Module : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context) => ExecuteContextAsync(context);

    protected virtual Task<ImmutableArray<Document>> ExecuteContextAsync(IExecutionContext context)
    {
        ImmutableArray<Document> inputs = context.Inputs;
        var results = new IEnumerable<Document>[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            results[i] = ExecuteInput(inputs[i], context);
        });
        return Task.FromResult(results.SelectMany(r => r).ToImmutableArray());
    }

    protected virtual IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) => [input];
}
