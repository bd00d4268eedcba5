using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Course.Core.Execution;
using Course.Web.Languages;
using Course.Web.Search;
using Course.Web.Site;

namespace Course.Web.Offline;

/// <summary>
/// What the offline copy is made of: the web app manifest and the service worker (<c>sw.js</c>, from
/// <c>theme/offline/sw.js</c>) that lists every file of the build and names its cache by a hash of all of
/// them. Made by the <see cref="Pipelines.OfflineCache"/> pipeline, which runs after every other one.
/// </summary>
public static class OfflineFiles
{
    public const string WorkerPath = "sw.js";
    public const string ManifestPath = "manifest.webmanifest";
    public const string TemplatePath = "offline/sw.js";
    private const string Placeholder = "/*OFFLINE*/ null";

    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Indented = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    /// <summary>The worker for the site's files (the manifest among them, the worker itself left out).</summary>
    public static string Worker(IEnumerable<OutputFile> files, CourseSettings settings, string themeRoot)
    {
        var site = files.Where(f => f.Destination != WorkerPath).OrderBy(f => f.Destination, StringComparer.Ordinal).ToList();
        string template = File.ReadAllText(Path.Combine(themeRoot, TemplatePath));
        return template.Replace(Placeholder, WorkerData(site, settings), StringComparison.Ordinal);
    }

    private static long SizeOf(OutputFile file) => file.Bytes?.LongLength ?? new FileInfo(file.SourcePath!).Length;

    /// <summary>The URL a file is fetched by, relative to the site root: a folder's index.html by its folder.</summary>
    public static string UrlOf(string destination) =>
        destination == "index.html" ? string.Empty : destination.EndsWith("/index.html", StringComparison.Ordinal) ? destination[..^"index.html".Length] : destination;

    private static string WorkerData(List<OutputFile> files, CourseSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Compact))
        {
            json.WriteStartObject();
            json.WriteString("course", settings.Id);
            json.WriteString("version", Version(files));
            var searchScripts = settings.Languages.ToDictionary(l => l, l => SearchBrowserScripts.For(CourseLanguages.Get(l)).Select(s => s.SitePath).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            json.WriteStartArray("shell");
            var anySearchScript = searchScripts.Values.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
            foreach (OutputFile file in files.Where(f => IsShell(f.Destination, settings) && !anySearchScript.Contains(f.Destination)))
            {
                json.WriteStringValue(UrlOf(file.Destination));
            }

            json.WriteEndArray();
            json.WriteStartObject("langs");
            foreach (string lang in settings.Languages)
            {
                var own = files.Where(f => f.Destination.StartsWith(lang + "/", StringComparison.Ordinal) || f.Destination.StartsWith("search/" + lang + "/", StringComparison.Ordinal) || searchScripts[lang].Contains(f.Destination)).ToList();
                json.WriteStartObject(lang);
                json.WriteNumber("bytes", own.Sum(SizeOf));
                json.WriteStartArray("files");
                foreach (OutputFile file in own)
                {
                    json.WriteStringValue(UrlOf(file.Destination));
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // What every visit needs: the theme and libraries, the root and each language's home with its reading map.
    // The scripts search loads on first use are a language's files instead: offline they serve only with its
    // index, and in the shell the worker fetched them a second time while the first query loaded them.
    private static bool IsShell(string path, CourseSettings settings) =>
        path.StartsWith("assets/", StringComparison.Ordinal) || path is "index.html" or ManifestPath
        || settings.Languages.Any(l => path == l + "/index.html" || path == l + "/" + Progress.ReadingMap.FileName);

    /// <summary>A hash of every file's path and bytes: the same build gives the same name, any change a new one.</summary>
    private static string Version(List<OutputFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] chunk = new byte[64 * 1024];
        foreach (OutputFile file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file.Destination + "\n" + SizeOf(file).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n"));
            if (file.Bytes is { } bytes)
            {
                hash.AppendData(bytes);
            }
            else
            {
                using FileStream stream = File.OpenRead(file.SourcePath!);
                for (int read; (read = stream.Read(chunk)) > 0;)
                {
                    hash.AppendData(chunk, 0, read);
                }
            }
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }

    /// <summary>The web app manifest: name, start page, colours and icons, so the course can be installed.</summary>
    public static string Manifest(CourseSettings settings)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Indented))
        {
            json.WriteStartObject();
            json.WriteString("name", settings.TitleFor(settings.DefaultLanguage));
            json.WriteString("short_name", settings.TitleFor(settings.DefaultLanguage).Split(' ')[0]);
            json.WriteString("lang", settings.DefaultLanguage);
            json.WriteString("id", "./");
            json.WriteString("start_url", "./");
            json.WriteString("scope", "./");
            json.WriteString("display", "standalone");
            json.WriteString("background_color", "#fdfdfb");
            json.WriteString("theme_color", "#0b5cad");
            json.WriteStartArray("icons");
            foreach ((string src, string sizes, string type) in new[] { ("assets/icons/app-192.png", "192x192", "image/png"), ("assets/icons/app-512.png", "512x512", "image/png"), ("assets/icons/app.svg", "any", "image/svg+xml") })
            {
                json.WriteStartObject();
                json.WriteString("src", src);
                json.WriteString("sizes", sizes);
                json.WriteString("type", type);
                json.WriteString("purpose", "any");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
