using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Win32.SafeHandles;

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

        WriteStagedText(destination, text);
    }

    /// <summary>UTF-8 bytes made by the build: to the staging folder at once when there is one, else kept.</summary>
    public void WriteBytes(string destination, byte[] bytes)
    {
        if (stagingRoot is null)
        {
            Add(new OutputFile(destination, bytes, null));
            return;
        }

        WriteStaged(destination, bytes);
    }

    /// <summary>
    /// Writes a page now and returns where it lives: in the staging folder when there is one, so the
    /// document can drop its text (<see cref="Modules.StageFiles"/>); otherwise null, and the text stays in memory.
    /// </summary>
    public Documents.FileContent? Stage(string destination, string text) =>
        stagingRoot is not null && WriteStagedText(destination, text) is { } path ? new Documents.FileContent(path, Staged: true) : null;

    /// <summary>Like <see cref="Stage(string, string)"/> for content written to a stream (readable and seekable) as it is made.</summary>
    public Documents.FileContent? Stage(string destination, Action<Stream> write) =>
        stagingRoot is not null && WriteStaged(destination, write) is { } path ? new Documents.FileContent(path, Staged: true) : null;

    /// <summary>Like <see cref="Stage(string, string)"/> for text written as it is made (UTF-8 as every staged page):
    /// a page of megabytes (the print edition of a big course) is then never one string in memory.</summary>
    public Documents.FileContent? StageText(string destination, Action<TextWriter> write) =>
        Stage(destination, stream =>
        {
            using var writer = new StreamWriter(stream, StagedText, bufferSize: 1 << 16, leaveOpen: true);
            write(writer);
        });

    // Bytes made at once are written with one write call on a bare handle: a FileStream also asks the file
    // system for its type and its position (fstatfs, lseek) and, unless file locking is off, locks and truncates
    // it apart from the open; about 2,000 staged files at 1,000 pages (bench/README.md "#18 before/after").
    // Encoded into a pooled buffer: a page is tens of kilobytes (the print edition megabytes), and a new array
    // for each of 2,000 pages is fresh memory the garbage collector clears and the system maps in.
    private string? WriteStagedText(string destination, string text)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(StagedText.GetMaxByteCount(text.Length));
        try
        {
            return WriteStaged(destination, buffer.AsSpan(0, StagedText.GetBytes(text, buffer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private string? WriteStaged(string destination, ReadOnlySpan<byte> bytes)
    {
        if (StagedPath(destination) is not { } path)
        {
            return null;
        }

        using (SafeFileHandle handle = File.OpenHandle(path, FileMode.Create, FileAccess.Write))
        {
            RandomAccess.Write(handle, bytes, 0);
        }

        return Staged(destination, path);
    }

    private string? WriteStaged(string destination, Action<Stream> write)
    {
        if (StagedPath(destination) is not { } path)
        {
            return null;
        }

        using (FileStream stream = new(path, FileMode.Create, FileAccess.ReadWrite))
        {
            write(stream);
        }

        return Staged(destination, path);
    }

    // Where a destination goes in the staging folder, its folder made; null when it was written before: a
    // destination written twice is a conflict and is not overwritten.
    private string? StagedPath(string destination)
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

        return path;
    }

    private string Staged(string destination, string path)
    {
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
