using System.Collections.Immutable;
using Course.Core.Documents;

namespace Course.Core.Execution;

/// <summary>
/// Base class of modules: override <see cref="ExecuteInput"/> for per-document work (run in parallel,
/// order kept), with <see cref="Prepare"/> for the whole-site lookups it shares, or
/// <see cref="ExecuteContextAsync"/> to see all inputs at once.
/// </summary>
public abstract class Module : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context) => ExecuteContextAsync(context);

    protected virtual Task<ImmutableArray<Document>> ExecuteContextAsync(IExecutionContext context)
    {
        Prepare(context);
        ImmutableArray<Document> inputs = context.Inputs;
        var results = new IEnumerable<Document>[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            results[i] = ExecuteInput(inputs[i], context);
        });
        return Task.FromResult(results.SelectMany(r => r).ToImmutableArray());
    }

    /// <summary>Runs once before the documents (also inside <see cref="Modules.ForEachDocument"/>).</summary>
    protected internal virtual void Prepare(IExecutionContext context)
    {
    }

    protected internal virtual IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) => [input];
}
