namespace Course.Core.Execution;

/// <summary>
/// A named pipeline (the class name) with four phases of modules and the pipelines whose
/// Process outputs its own Process phase reads.
/// </summary>
public abstract class Pipeline
{
    public string Name => GetType().Name;

    public ModuleList InputModules { get; } = [];

    public ModuleList ProcessModules { get; } = [];

    public ModuleList PostProcessModules { get; } = [];

    public ModuleList OutputModules { get; } = [];

    public HashSet<string> Dependencies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Runs after every other pipeline has written its files (Statiq's deployment pipelines), its phases in
    /// turn: for work on the finished site, such as a list or a hash of every file. Its modules read those
    /// files from <see cref="IExecutionContext.Writer"/>; no ordinary pipeline may depend on it.
    /// </summary>
    public bool RunsLast { get; protected init; }

    public ModuleList ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => InputModules,
        Phase.Process => ProcessModules,
        Phase.PostProcess => PostProcessModules,
        _ => OutputModules,
    };
}
