using System.Collections.Concurrent;
using System.Text;

namespace Course.Core.Execution;

/// <summary>
/// Collects the files the Output phase writes. Nothing touches the output folder until the whole
/// build has succeeded (<see cref="OutputCommitter"/>), so a failed build never leaves a half-written site.
/// </summary>
public sealed class SiteWriter(string? stagingRoot = null)
{
    private readonly ConcurrentDictionary<string, OutputFile> files = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> conflicts = [];

    /// <summary>
    /// Text goes to the staging folder at once when there is one (big sites then never hold every page in
    /// memory), otherwise it is kept in memory.
    /// </summary>
    public void WriteText(string destination, string text)
    {
        if (stagingRoot is null)
        {
            Add(new OutputFile(destination, Encoding.UTF8.GetBytes(text), null));
            return;
        }

        string path = Path.Combine(stagingRoot, destination.TrimStart('/'));
        if (files.ContainsKey(destination.Replace('\\', '/').TrimStart('/')))
        {
            conflicts.Add(destination);
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        Add(new OutputFile(destination, null, path, Staged: true));
    }

    public void CopyFrom(string destination, string sourcePath) => Add(new OutputFile(destination, null, sourcePath));

    public IReadOnlyCollection<string> Conflicts => conflicts;

    public IReadOnlyList<OutputFile> Files => files.Values.OrderBy(f => f.Destination, StringComparer.Ordinal).ToList();

    private void Add(OutputFile file)
    {
        string destination = file.Destination.Replace('\\', '/').TrimStart('/');
        if (!files.TryAdd(destination, file with { Destination = destination }))
        {
            conflicts.Add(destination);
        }
    }
}
