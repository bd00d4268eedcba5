using Course.Core.Execution;

namespace Course.Core.IO;

/// <summary>
/// Brings the output folder in line with a successful preview rebuild, file by file (a one-off build
/// publishes atomically instead: <see cref="SitePublisher"/>): writes new and changed files (through a
/// temporary file and a rename), leaves unchanged files untouched, and deletes files the build no longer makes
/// among those it wrote before (<see cref="SiteManifest"/>); the manifest is then written for the next build.
/// </summary>
public static class OutputCommitter
{
    public static CommitStats Commit(string outputRoot, IReadOnlyList<OutputFile> files, Func<string, bool>? keep = null)
    {
        IReadOnlySet<string> owned = SiteManifest.Owned(outputRoot);
        Directory.CreateDirectory(outputRoot);
        int written = 0;
        int unchanged = 0;
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (OutputFile file in files)
        {
            string path = Path.Combine(outputRoot, file.Destination);
            wanted.Add(Path.GetFullPath(path));
            bool exists = File.Exists(path);
            byte[]? bytes = exists || !file.Staged ? file.ReadBytes() : null;
            if (exists && new FileInfo(path).Length == bytes!.Length && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes))
            {
                unchanged++;
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (file.Staged)
            {
                File.Move(file.SourcePath!, path, overwrite: true); // a rename: the page is never half-written
                written++;
                continue;
            }

            string temporary = path + ".tmp-course";
            File.WriteAllBytes(temporary, bytes!);
            File.Move(temporary, path, overwrite: true);
            written++;
        }

        // Only files the generator wrote before are removed; anything else in the folder is the author's.
        int deleted = 0;
        var kept = new List<string>();
        foreach (string relative in owned.Order(StringComparer.Ordinal))
        {
            string existing = Path.Combine(outputRoot, relative);
            if (wanted.Contains(Path.GetFullPath(existing)) || !File.Exists(existing))
            {
                continue;
            }

            if (keep?.Invoke(relative) == true)
            {
                kept.Add(relative);
                continue;
            }

            File.Delete(existing);
            deleted++;
            RemoveEmptyParents(outputRoot, Path.GetDirectoryName(existing)!);
        }

        SiteManifest.Write(outputRoot, files.Select(f => f.Destination).Concat(kept));
        return new CommitStats(written, unchanged, deleted);
    }

    private static void RemoveEmptyParents(string outputRoot, string directory)
    {
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        for (string? current = Path.GetFullPath(directory); current is not null && current.Length > root.Length && !Directory.EnumerateFileSystemEntries(current).Any(); current = Path.GetDirectoryName(current))
        {
            Directory.Delete(current);
        }
    }
}
