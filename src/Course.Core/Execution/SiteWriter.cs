using System.Collections.Concurrent;
using System.Text;

namespace Course.Core.Execution;

/// <summary>
/// Collects the files the Output phase writes. Nothing touches the output folder until the whole
/// build has succeeded (<see cref="OutputCommitter"/>), so a failed build never leaves a half-written site.
/// </summary>
public sealed class SiteWriter
{
    private readonly ConcurrentDictionary<string, OutputFile> files = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<string> conflicts = [];

    public void WriteText(string destination, string text) => Add(new OutputFile(destination, Encoding.UTF8.GetBytes(text), null));

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
