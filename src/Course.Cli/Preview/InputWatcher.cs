namespace Course.Cli.Preview;

/// <summary>
/// Watches the course and the theme; a burst of changes (an editor's save writes several events)
/// becomes one rebuild after a short quiet period. Rebuilds never overlap.
/// </summary>
public sealed class InputWatcher : IDisposable
{
    private const int QuietMilliseconds = 20;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Func<Task> rebuild;
    private readonly string output;
    private readonly SemaphoreSlim running = new(1, 1);
    private readonly Lock gate = new();
    private Timer? timer;

    public InputWatcher(IEnumerable<string> roots, string output, Func<Task> rebuild)
    {
        this.rebuild = rebuild;
        this.output = Path.GetFullPath(output);
        foreach (string root in roots.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(root) { IncludeSubdirectories = true, EnableRaisingEvents = true };
            watcher.Changed += OnChange;
            watcher.Created += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        watchers.ForEach(w => w.Dispose());
        timer?.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e)
    {
        if (e.FullPath.StartsWith(output, StringComparison.Ordinal) || e.FullPath.Contains("node_modules", StringComparison.Ordinal) || e.Name?.EndsWith('~') == true)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("COURSE_TIMINGS") == "1")
        {
            Console.WriteLine($"change seen at {DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()}: {e.FullPath}");
        }

        lock (gate)
        {
            timer?.Dispose();
            timer = new Timer(_ => _ = RunAsync(), null, QuietMilliseconds, Timeout.Infinite);
        }
    }

    private async Task RunAsync()
    {
        await running.WaitAsync().ConfigureAwait(false);
        try
        {
            await rebuild().ConfigureAwait(false);
        }
        finally
        {
            running.Release();
        }
    }
}
