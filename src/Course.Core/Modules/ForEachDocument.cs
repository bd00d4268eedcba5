using System.Collections.Immutable;
using Course.Core.Documents;
using Course.Core.Execution;

namespace Course.Core.Modules;

/// <summary>
/// Runs per-document modules as one pass per document (Statiq's ForEachDocument): a page goes through
/// every step before the next page starts, so its intermediate texts are dropped at once instead of
/// the whole site's being held between the steps. The children's <see cref="Module.Prepare"/> runs
/// first, once, on the phase's inputs; only their <see cref="Module.ExecuteInput"/> is used after that.
/// </summary>
public sealed class ForEachDocument(params Module[] modules) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(IExecutionContext context)
    {
        foreach (Module module in modules)
        {
            module.Prepare(context);
        }

        ImmutableArray<Document> inputs = context.Inputs;
        var results = new List<Document>[inputs.Length];
        Parallel.For(0, inputs.Length, new ParallelOptions { CancellationToken = context.CancellationToken }, i =>
        {
            List<Document> documents = [inputs[i]];
            foreach (Module module in modules)
            {
                documents = documents.SelectMany(d => Module.Guarded(module, d, context)).ToList();
            }

            results[i] = documents;
        });
        return Task.FromResult(results.SelectMany(r => r).ToImmutableArray());
    }
}
