namespace Course.Core.IO;

/// <summary>
/// The list of files the generator wrote into an output folder (<c>.course-manifest</c>, one path a line).
/// Only files listed there are ever removed again, so files an author put beside the site are safe.
/// </summary>
public static class SiteManifest
{
    public const string FileName = ".course-manifest";

    private const string Header = "# Files written by the Course generator; it removes only these. Do not edit.";

    public static bool Exists(string folder) => File.Exists(Path.Combine(folder, FileName));

    /// <summary>
    /// The files of <paramref name="folder"/> the generator may replace or remove: those its manifest lists
    /// (and that still lie inside the folder), or every file of a site made before manifests existed.
    /// </summary>
    public static IReadOnlySet<string> Owned(string folder)
    {
        var owned = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder))
        {
            return owned;
        }

        string manifest = Path.Combine(folder, FileName);
        if (File.Exists(manifest))
        {
            string root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            foreach (string line in File.ReadAllLines(manifest))
            {
                // A hand-edited manifest must not reach outside the folder ("../src/x").
                if (line.Length > 0 && line[0] != '#' && Path.GetFullPath(Path.Combine(root, line)).StartsWith(root, StringComparison.Ordinal))
                {
                    owned.Add(line);
                }
            }

            return owned;
        }

        if (OutputFolderGuard.LooksLikeEarlierSite(folder))
        {
            foreach (string file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                owned.Add(Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }
        }

        return owned;
    }

    /// <summary>Writes the manifest for <paramref name="files"/> (relative paths with '/') into <paramref name="folder"/>.</summary>
    public static void Write(string folder, IEnumerable<string> files)
    {
        IEnumerable<string> lines = files.Where(f => f != FileName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Prepend(Header);
        File.WriteAllText(Path.Combine(folder, FileName), string.Join('\n', lines) + "\n");
    }
}
