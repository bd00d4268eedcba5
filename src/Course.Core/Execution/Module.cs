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
            results[i] = Guarded(this, inputs[i], context);
        });
        return Task.FromResult(results.SelectMany(r => r).ToImmutableArray());
    }

    /// <summary>Runs once before the documents (also inside <see cref="Modules.ForEachDocument"/>).</summary>
    protected internal virtual void Prepare(IExecutionContext context)
    {
    }

    protected internal virtual IEnumerable<Document> ExecuteInput(Document input, IExecutionContext context) => [input];

    /// <summary>
    /// Runs one document through a module; an exception is reported against that document's file and the
    /// document is dropped, so the rest of the site is still checked in the same run. Read and write
    /// failures still end the phase (exit code 3).
    /// </summary>
    internal static IEnumerable<Document> Guarded(Module module, Document input, IExecutionContext context)
    {
        try
        {
            return module.ExecuteInput(input, context).ToList();
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or IOException or UnauthorizedAccessException))
        {
            if (Environment.GetEnvironmentVariable("COURSE_DEBUG") == "1")
            {
                Console.Error.WriteLine(exception);
            }

            context.Diagnostics.Add(exception is Diagnostics.DiagnosticException known
                ? known.Diagnostic
                : Diagnostics.Diagnostic.Unexpected(input.GetString(Keys.DisplayPath, input.RelativePath), exception));
            return [];
        }
    }
}
