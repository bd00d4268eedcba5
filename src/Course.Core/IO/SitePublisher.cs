using Course.Core.Execution;

namespace Course.Core.IO;

/// <summary>
/// Publishes a successful build atomically: the staging folder beside the output is completed into the
/// whole new site (unchanged files keep their timestamps, the author's own files are carried over, a new
/// manifest is written), then the output folder is swapped for it by two renames, the old site kept aside
/// until the second rename succeeded. Whatever fails, the output is exactly the previous site or exactly the new one.
/// </summary>
/// <param name="beforeStep">Called before each file is written and before each rename (failure injection in tests).</param>
public sealed class SitePublisher(Action<string>? beforeStep = null)
{
    /// <summary>The folder the previous site waits in during the swap.</summary>
    public static string PreviousFolder(string outputRoot) => Path.TrimEndingDirectorySeparator(outputRoot) + ".previous";

    /// <summary>
    /// Puts back a previous site a crash left aside between the two renames (the output folder is then missing).
    /// </summary>
    public static void Recover(string outputRoot)
    {
        string previous = PreviousFolder(outputRoot);
        if (!Directory.Exists(outputRoot) && Directory.Exists(previous) && IsSite(previous))
        {
            Directory.Move(previous, outputRoot);
        }
    }

    public CommitStats Publish(string outputRoot, IReadOnlyList<OutputFile> files, string stagingRoot)
    {
        bool hadSite = Directory.Exists(outputRoot);
        IReadOnlySet<string> owned = SiteManifest.Owned(outputRoot);
        var wanted = new HashSet<string>(files.Select(f => f.Destination), StringComparer.Ordinal);
        int written = 0;
        int unchanged = 0;
        foreach (OutputFile file in files)
        {
            string staged = Path.Combine(stagingRoot, file.Destination);
            if (!file.Staged)
            {
                beforeStep?.Invoke(file.Destination);
                Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
                if (file.Bytes is null)
                {
                    File.Copy(file.SourcePath!, staged, overwrite: true);
                }
                else
                {
                    File.WriteAllBytes(staged, file.Bytes);
                }
            }

            string old = Path.Combine(outputRoot, file.Destination);
            if (hadSite && SameBytes(old, staged))
            {
                File.SetLastWriteTimeUtc(staged, File.GetLastWriteTimeUtc(old)); // unchanged: to rsync and caches it is the same file
                unchanged++;
            }
            else
            {
                written++;
            }
        }

        // Files the generator did not write (a CNAME, the author's notes) move with the site.
        int deleted = 0;
        if (hadSite)
        {
            foreach (string existing in Directory.EnumerateFiles(outputRoot, "*", SearchOption.AllDirectories))
            {
                string relative = Path.GetRelativePath(outputRoot, existing).Replace('\\', '/');
                if (wanted.Contains(relative) || relative == SiteManifest.FileName)
                {
                    continue;
                }

                if (owned.Contains(relative))
                {
                    deleted++;
                    continue;
                }

                beforeStep?.Invoke(relative);
                string target = Path.Combine(stagingRoot, relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(existing, target);
                File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(existing));
            }
        }

        beforeStep?.Invoke(SiteManifest.FileName);
        SiteManifest.Write(stagingRoot, wanted);
        Swap(outputRoot, stagingRoot, hadSite);
        return new CommitStats(written, unchanged, deleted);
    }

    private void Swap(string outputRoot, string stagingRoot, bool hadSite)
    {
        if (!hadSite)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outputRoot))!);
            beforeStep?.Invoke("rename new site into place");
            Directory.Move(stagingRoot, outputRoot);
            return;
        }

        string previous = PreviousFolder(outputRoot);
        if (Directory.Exists(previous))
        {
            if (!IsSite(previous))
            {
                throw new IOException($"'{DisplayPaths.For(previous)}' exists and is not a site the generator made; move it away.");
            }

            Directory.Delete(previous, recursive: true);
        }

        beforeStep?.Invoke("rename previous site aside");
        Directory.Move(outputRoot, previous);
        try
        {
            beforeStep?.Invoke("rename new site into place");
            Directory.Move(stagingRoot, outputRoot);
        }
        catch
        {
            Directory.Move(previous, outputRoot); // the previous site goes back before the failure is reported
            throw;
        }

        try
        {
            Directory.Delete(previous, recursive: true);
        }
        catch (IOException)
        {
            // The new site is published; a leftover copy of the old one is removed by the next build.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static bool IsSite(string folder) => SiteManifest.Exists(folder) || OutputFolderGuard.LooksLikeEarlierSite(folder);

    private static bool SameBytes(string a, string b)
    {
        var info = new FileInfo(a);
        if (!info.Exists || info.Length != new FileInfo(b).Length)
        {
            return false;
        }

        const int Size = 81920;
        using FileStream first = File.OpenRead(a);
        using FileStream second = File.OpenRead(b);
        byte[] left = new byte[Size];
        byte[] right = new byte[Size];
        int read;
        while ((read = first.ReadAtLeast(left, Size, throwOnEndOfStream: false)) > 0)
        {
            second.ReadExactly(right, 0, read);
            if (!left.AsSpan(0, read).SequenceEqual(right.AsSpan(0, read)))
            {
                return false;
            }
        }

        return true;
    }
}
