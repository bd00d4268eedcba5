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

    // Folders of the staging tree made so far: most files share their folder with others, and asking the
    // file system again for each one cost a failed mkdir per file (1,800 of 2,800 calls at 1,000 pages).
    private readonly ConcurrentDictionary<string, byte> stagedFolders = new(StringComparer.Ordinal);

    // What File.WriteAllText writes: UTF-8 without a byte order mark, refusing a lone surrogate.
    private static readonly UTF8Encoding StagedText = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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

        WriteStaged(destination, stream => stream.Write(StagedText.GetBytes(text)));
    }

    /// <summary>UTF-8 bytes made by the build: to the staging folder at once when there is one, else kept.</summary>
    public void WriteBytes(string destination, byte[] bytes)
    {
        if (stagingRoot is null)
        {
            Add(new OutputFile(destination, bytes, null));
            return;
        }

        WriteStaged(destination, stream => stream.Write(bytes));
    }

    /// <summary>
    /// Writes a page now and returns where it lives: in the staging folder when there is one, so the
    /// document can drop its text (<see cref="Modules.StageFiles"/>); otherwise null, and the text stays in memory.
    /// </summary>
    public Documents.FileContent? Stage(string destination, string text) =>
        Stage(destination, stream => stream.Write(StagedText.GetBytes(text)));

    /// <summary>Like <see cref="Stage(string, string)"/> for content written to a stream (readable and seekable) as it is made.</summary>
    public Documents.FileContent? Stage(string destination, Action<Stream> write) =>
        stagingRoot is not null && WriteStaged(destination, write) is { } path ? new Documents.FileContent(path, Staged: true) : null;

    // The one way into the staging folder; a destination written twice is a conflict and is not overwritten.
    private string? WriteStaged(string destination, Action<Stream> write)
    {
        if (files.ContainsKey(destination.Replace('\\', '/').TrimStart('/')))
        {
            conflicts.Add(destination);
            return null;
        }

        string path = Path.Combine(stagingRoot!, destination.TrimStart('/'));
        string folder = Path.GetDirectoryName(path)!;
        if (!stagedFolders.ContainsKey(folder))
        {
            Directory.CreateDirectory(folder);
            stagedFolders.TryAdd(folder, 0);
        }

        using (FileStream stream = new(path, FileMode.Create, FileAccess.ReadWrite))
        {
            write(stream);
        }

        Add(new OutputFile(destination, null, path, Staged: true));
        return path;
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
