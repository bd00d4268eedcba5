using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Course.Core.Diagnostics;
using Course.Core.Documents;

namespace Course.Core.Execution;

/// <summary>
/// Runs pipelines phase by phase, concurrently where the rules allow: Input at once; Process after
/// the pipeline's Input and its dependencies' Process; PostProcess after every Process; Output after
/// its own PostProcess. A failed phase skips what depends on it; every other phase still runs, so one
/// build reports all problems. Pipelines that run last (<see cref="Pipeline.RunsLast"/>) start once every
/// other one has written its files, and only when all of them succeeded.
/// </summary>
public sealed class Engine(IEnumerable<Pipeline> pipelines, SiteServices services, bool serial = false, string? stagingRoot = null)
{
    private readonly PhaseGraph graph = new(pipelines);

    public async Task<BuildResult> ExecuteAsync(CancellationToken cancellationToken = default)
    {
        var stopwatch = Stopwatch.StartNew();
        var run = new Run(services, new SiteWriter(stagingRoot), cancellationToken);
        var tasks = new Dictionary<(string, Phase), Task<bool>>();
        Task<bool> Get(string name, Phase phase) =>
            tasks[(graph.Order.First(x => x.Name.Equals(name, StringComparison.OrdinalIgnoreCase)).Name, phase)];

        List<Pipeline> first = graph.Order.Where(p => !p.RunsLast).ToList();
        async Task Schedule(Phase phase, Func<Pipeline, IEnumerable<Task<bool>>> before)
        {
            foreach (Pipeline p in first)
            {
                Task<bool> task = RunAfterAsync(run, p, phase, before(p).ToArray());
                tasks[(p.Name, phase)] = task;
                if (serial)
                {
                    await task.ConfigureAwait(false);
                }
            }
        }

        await Schedule(Phase.Input, _ => []).ConfigureAwait(false);
        await Schedule(Phase.Process, p => p.Dependencies.Select(d => Get(d, Phase.Process)).Append(Get(p.Name, Phase.Input))).ConfigureAwait(false);
        Task<bool>[] allProcess = first.Select(p => Get(p.Name, Phase.Process)).ToArray();
        await Schedule(Phase.PostProcess, _ => allProcess).ConfigureAwait(false);
        await Schedule(Phase.Output, p => [Get(p.Name, Phase.PostProcess)]).ConfigureAwait(false);

        bool[] done = await Task.WhenAll(tasks.Values).ConfigureAwait(false);
        bool succeeded = done.All(ok => ok);
        foreach (Pipeline last in graph.Order.Where(p => p.RunsLast))
        {
            foreach (Phase phase in Enum.GetValues<Phase>())
            {
                succeeded = succeeded && await RunPhaseAsync(run, last, phase).ConfigureAwait(false);
            }
        }

        foreach (string conflict in run.Writer.Conflicts.Order(StringComparer.Ordinal))
        {
            run.Diagnostics.Add(Diagnostic.Error(conflict, 1, 1, $"Two documents are written to '{conflict}'.", "Give one of the pages another slug."));
        }

        return new BuildResult(
            run.Writer.Files,
            run.Diagnostics.Sorted(),
            run.Timings.OrderBy(t => t.Pipeline, StringComparer.Ordinal).ThenBy(t => t.Phase).ToList(),
            run.ProcessOutputs.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<Document>)kv.Value, StringComparer.OrdinalIgnoreCase),
            stopwatch.Elapsed) { InputOutputFailed = run.InputOutputFailed };
    }

    private async Task<bool> RunAfterAsync(Run run, Pipeline pipeline, Phase phase, Task<bool>[] before)
    {
        bool[] ok = await Task.WhenAll(before).ConfigureAwait(false);
        if (ok.Any(x => !x))
        {
            return false; // a dependency failed: skip, its error is already reported
        }

        await Task.Yield(); // let independent phases run concurrently

        return await RunPhaseAsync(run, pipeline, phase).ConfigureAwait(false);
    }

    private async Task<bool> RunPhaseAsync(Run run, Pipeline pipeline, Phase phase)
    {
        var stopwatch = Stopwatch.StartNew();
        ImmutableArray<Document> inputs = phase switch
        {
            Phase.Input => [],
            Phase.Process => run.Outputs(pipeline.Name, Phase.Input),
            Phase.PostProcess => run.ProcessOutputs[pipeline.Name],
            _ => run.Outputs(pipeline.Name, Phase.PostProcess),
        };
        var outputs = new PhaseOutputs(run.ProcessOutputs, pipeline.Name, phase, graph.TransitiveDependencies(pipeline.Name));
        var context = new ExecutionContext(pipeline.Name, phase, inputs, outputs, run.Services, run.Diagnostics, run.Writer, run.CancellationToken);
        try
        {
            ImmutableArray<Document> result = await context.ExecuteModulesAsync(pipeline.ModulesOf(phase), inputs).ConfigureAwait(false);
            run.Store(pipeline.Name, phase, result);
            run.Timings.Add(new PhaseTiming(pipeline.Name, phase, stopwatch.Elapsed, result.Length));
            return true;
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception exception)
        {
            Exception inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerExceptions[0] : exception;
            if (Environment.GetEnvironmentVariable("COURSE_DEBUG") == "1")
            {
                Console.Error.WriteLine(inner); // for generator developers only; authors never see a stack trace
            }

            if (inner is IOException or UnauthorizedAccessException)
            {
                run.InputOutputFailed = true;
                run.Diagnostics.Add(Diagnostic.Error(pipeline.Name, 1, 1, $"Could not read or write a file: {inner.Message}", "Check the free disk space and the permissions of the course and output folders, then build again."));
                return false;
            }

            run.Diagnostics.Add(inner is DiagnosticException known
                ? known.Diagnostic
                : Diagnostic.Error(pipeline.Name, 1, 1, $"{pipeline.Name}/{phase} failed: {inner.GetType().Name}: {inner.Message}", "This is not caused by a file of the course: please report it with this message (COURSE_DEBUG=1 shows the details)."));
            return false;
        }
    }

    private sealed class Run(SiteServices services, SiteWriter writer, CancellationToken cancellationToken)
    {
        private readonly ConcurrentDictionary<(string, Phase), ImmutableArray<Document>> outputs = new();

        public SiteServices Services { get; } = services;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public DiagnosticBag Diagnostics { get; } = new();

        public SiteWriter Writer { get; } = writer;

        public bool InputOutputFailed { get; set; }

        public ConcurrentBag<PhaseTiming> Timings { get; } = [];

        public ConcurrentDictionary<string, ImmutableArray<Document>> ProcessOutputs { get; } = new(StringComparer.OrdinalIgnoreCase);

        public ImmutableArray<Document> Outputs(string pipeline, Phase phase) => outputs.TryGetValue((pipeline, phase), out ImmutableArray<Document> docs) ? docs : [];

        /// <summary>Keeps a phase's outputs only while a later phase needs them, so big sites do not hold every copy of every page.</summary>
        public void Store(string pipeline, Phase phase, ImmutableArray<Document> documents)
        {
            switch (phase)
            {
                case Phase.Input:
                case Phase.PostProcess:
                    outputs[(pipeline, phase)] = documents;
                    break;
                case Phase.Process:
                    outputs.TryRemove((pipeline, Phase.Input), out _);
                    ProcessOutputs[pipeline] = documents;
                    break;
                default:
                    outputs.TryRemove((pipeline, Phase.PostProcess), out _);
                    break;
            }
        }
    }
}
