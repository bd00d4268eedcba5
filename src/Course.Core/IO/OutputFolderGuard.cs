namespace Course.Core.IO;

/// <summary>
/// Decides whether a folder may receive the built site, before anything is touched: never a source
/// folder (or one around or inside it), never a folder that holds a repository, a solution, a project
/// or a course, and a non-empty folder only when the generator made it or the author insists (--force).
/// </summary>
public static class OutputFolderGuard
{
    /// <summary>Names that mark a folder as someone's work rather than a site ('*' matches any start).</summary>
    public static readonly IReadOnlyList<string> ProjectMarkers = [".git", "*.sln", "*.slnx", "*.csproj"];

    /// <summary>Why the site may not be written into <paramref name="output"/>, or null when it may.</summary>
    /// <param name="output">The output folder.</param>
    /// <param name="sources">The folders the build reads (the course, the theme).</param>
    /// <param name="markers">Extra names that mark a source folder (the course settings file).</param>
    /// <param name="force">The author allowed a non-empty folder the generator did not make.</param>
    public static string? Refusal(string output, IReadOnlyList<string> sources, IReadOnlyList<string> markers, bool force)
    {
        string target = Resolve(output);
        if (File.Exists(target))
        {
            return $"The output '{DisplayPaths.For(target)}' is a file, not a folder. Fix: pass --output with a folder, e.g. --output output.";
        }

        foreach (string source in sources)
        {
            string folder = Resolve(source);
            string? relation = Same(target, folder) ? "is" : Inside(folder, target) ? "contains" : Inside(target, folder) ? "lies inside" : null;
            if (relation is not null)
            {
                return $"The output folder '{DisplayPaths.For(target)}' {relation} the source folder '{DisplayPaths.For(folder)}'; "
                    + "building there would overwrite or delete the course. Fix: pass --output with a folder of its own, e.g. --output output.";
            }
        }

        if (!Directory.Exists(target))
        {
            return null;
        }

        foreach (string entry in Directory.EnumerateFileSystemEntries(target))
        {
            string name = Path.GetFileName(entry);
            if (ProjectMarkers.Concat(markers).Any(marker => Matches(name, marker)))
            {
                return $"The output folder '{DisplayPaths.For(target)}' holds '{name}': it is a repository, a project or a course, not a site. "
                    + "Fix: pass --output with a folder of its own, e.g. --output output.";
            }
        }

        if (force || SiteManifest.Exists(target) || LooksLikeEarlierSite(target) || !Directory.EnumerateFileSystemEntries(target).Any())
        {
            return null;
        }

        return $"The output folder '{DisplayPaths.For(target)}' is not empty and was not made by the generator (it has no {SiteManifest.FileName}). "
            + "Fix: choose a new or empty folder, or pass --force to write the site into it (files the generator did not write are kept).";
    }

    /// <summary>A site built before manifests existed: the files every build writes at the top.</summary>
    public static bool LooksLikeEarlierSite(string folder) =>
        File.Exists(Path.Combine(folder, "sitemap.xml")) && File.Exists(Path.Combine(folder, "robots.txt"))
        && File.Exists(Path.Combine(folder, "index.html")) && Directory.Exists(Path.Combine(folder, "assets"));

    /// <summary>The full path with symbolic links of the folder itself (or its nearest existing parent) followed.</summary>
    public static string Resolve(string path)
    {
        string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        var info = new DirectoryInfo(full);
        if (info.Exists && info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target)
        {
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(target.FullName));
        }

        return full;
    }

    private static StringComparison Comparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    private static bool Same(string a, string b) => string.Equals(a, b, Comparison);

    private static bool Inside(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, Comparison)
        || (folder == Path.GetPathRoot(folder) && !Same(path, folder)); // everything lies inside "/"

    private static bool Matches(string name, string marker) =>
        marker.StartsWith('*') ? name.EndsWith(marker[1..], Comparison) : string.Equals(name, marker, Comparison);
}
