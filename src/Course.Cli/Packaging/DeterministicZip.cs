using System.IO.Compression;

namespace Course.Cli.Packaging;

/// <summary>A zip that is the same bytes for the same files on any machine: entries in ordinal order, one fixed timestamp, no permissions.</summary>
public static class DeterministicZip
{
    /// <summary>1 January 2000: a fixed time every entry carries (zip's DOS times start in 1980).</summary>
    public static readonly DateTimeOffset Timestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes the entries (path inside the zip → bytes) to <paramref name="destination"/>, replacing it only once complete.</summary>
    public static void Write(string destination, IReadOnlyDictionary<string, byte[]> entries)
    {
        string partial = destination + ".partial";
        using (FileStream stream = File.Create(partial))
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            foreach (string path in entries.Keys.Order(StringComparer.Ordinal))
            {
                ZipArchiveEntry entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = Timestamp;
                entry.ExternalAttributes = 0;
                using Stream content = entry.Open();
                content.Write(entries[path]);
            }
        }

        File.Move(partial, destination, overwrite: true);
    }
}
