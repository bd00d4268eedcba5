using Course.Core.Execution;

namespace Course.Core.IO;

/// <summary>
/// Brings the output folder in line with a successful build: writes new and changed files (through a
/// temporary file and a rename), leaves unchanged files untouched, and deletes files the build no longer makes
/// among those it wrote before (<see cref="SiteManifest"/>); the manifest is then written for the next build.
/// </summary>
public static class OutputCommitter
{
    public static CommitStats Commit(string outputRoot, IReadOnlyList<OutputFile> files, Func<string, bool>? keep = null, string? stagingRoot = null)
    {
        if (stagingRoot is not null && IsMissingOrEmpty(outputRoot) && Directory.Exists(stagingRoot))
        {
            return MoveStagingFolder(outputRoot, files, stagingRoot);
        }

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

    // A first build (or one into an emptied folder): the staging folder, completed with the files that
    // were not staged (copied assets, pages kept in memory), becomes the output folder in one rename.
    private static CommitStats MoveStagingFolder(string outputRoot, IReadOnlyList<OutputFile> files, string stagingRoot)
    {
        foreach (OutputFile file in files.Where(f => !f.Staged))
        {
            string path = Path.Combine(stagingRoot, file.Destination);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (file.Bytes is null)
            {
                File.Copy(file.SourcePath!, path, overwrite: true);
            }
            else
            {
                File.WriteAllBytes(path, file.Bytes);
            }
        }

        SiteManifest.Write(stagingRoot, files.Select(f => f.Destination));
        if (Directory.Exists(outputRoot))
        {
            Directory.Delete(outputRoot);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputRoot))!);
        Directory.Move(stagingRoot, outputRoot);
        return new CommitStats(files.Count, 0, 0);
    }

    private static void RemoveEmptyParents(string outputRoot, string directory)
    {
        string root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(outputRoot));
        for (string? current = Path.GetFullPath(directory); current is not null && current.Length > root.Length && !Directory.EnumerateFileSystemEntries(current).Any(); current = Path.GetDirectoryName(current))
        {
            Directory.Delete(current);
        }
    }

    private static bool IsMissingOrEmpty(string folder) => !Directory.Exists(folder) || !Directory.EnumerateFileSystemEntries(folder).Any();
}
