using System.Net;
using System.Text;
using Course.Cli.Commands;
using Course.Core.Execution;
using Course.Web.Lms;
using Course.Web.Site;

namespace Course.Cli.Packaging;

/// <summary>
/// <c>course package</c>: builds the course in the index.html form (for LMS players and file://) and writes
/// one zip per language: a SCORM package (imsmanifest.xml at the root, the language's launch page as the one
/// SCO) or the offline edition with a short page at the root telling how to open it.
/// </summary>
public static class CoursePackager
{
    public const string OpenMePage = "open-me.html";

    public static async Task<int> RunAsync(BuildOptions options, PackageFormat format, string? language, string? output, TextWriter console, CancellationToken cancellationToken)
    {
        (CourseSettings? settings, var problems) = CourseSettingsLoader.Load(options.InputRoot, options);
        if (settings is null)
        {
            problems.ToList().ForEach(p => console.WriteLine(p));
            return ExitCodes.ContentErrors;
        }

        if (language is not null && !settings.Languages.Contains(language))
        {
            Console.Error.WriteLine($"error: '{language}' is not a language of the course ({string.Join(", ", settings.Languages)}).");
            return ExitCodes.BadUsage;
        }

        IReadOnlyList<string> languages = language is null ? [.. settings.Languages] : [language];
        if (output is not null && languages.Count > 1)
        {
            Console.Error.WriteLine("error: --output names one file: pass --language too, or leave --output out to write one package per language.");
            return ExitCodes.BadUsage;
        }

        BuildResult result = await CourseSite.BuildAsync(options with { UseIndexHtml = true, Lms = format != PackageFormat.Zip }, cancellationToken).ConfigureAwait(false);
        BuildReport.Print(result, console);
        if (!result.Succeeded)
        {
            console.WriteLine($"Build failed: {result.ErrorCount} error(s). No package was written.");
            return ExitCodes.ContentErrors;
        }

        var site = result.Files.ToDictionary(f => f.Destination, f => f.ReadBytes(), StringComparer.Ordinal);
        UiStrings strings = UiStrings.Load(options.ThemeRoot, settings.Languages);
        foreach (string lang in languages)
        {
            string path = Path.GetFullPath(output ?? $"course-{lang}-{format.ToString().ToLowerInvariant()}.zip");
            IReadOnlyDictionary<string, byte[]> entries = Entries(site, settings, strings, format, lang);
            DeterministicZip.Write(path, entries);
            console.WriteLine($"Wrote {Core.IO.DisplayPaths.For(path)} ({entries.Count} files, {new FileInfo(path).Length / 1024} KB)");
        }

        return ExitCodes.Built;
    }

    /// <summary>The files of one language's package: the whole built site (the language switch keeps working) and its manifest or open-me page.</summary>
    public static IReadOnlyDictionary<string, byte[]> Entries(IReadOnlyDictionary<string, byte[]> site, CourseSettings settings, UiStrings strings, PackageFormat format, string lang)
    {
        var entries = new Dictionary<string, byte[]>(site, StringComparer.Ordinal);
        if (format == PackageFormat.Zip)
        {
            entries[OpenMePage] = Encoding.UTF8.GetBytes(OpenMe(settings.TitleFor(lang), lang, strings));
            return entries;
        }

        string manifest = ScormManifest.Write(format, "course-" + settings.Id + "-" + lang, settings.TitleFor(lang), LmsPaths.LaunchFile(lang), settings.PassMark, entries.Keys.Order(StringComparer.Ordinal));
        entries["imsmanifest.xml"] = Encoding.UTF8.GetBytes(manifest);
        return entries;
    }

    private static string OpenMe(string title, string lang, UiStrings strings)
    {
        string Text(string key) => WebUtility.HtmlEncode(strings.Get(lang, key));
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            </head>
            <body>
            <main>
            <h1>{WebUtility.HtmlEncode(title)}</h1>
            <p>{Text("zip.unpack")}</p>
            <p><a href="{lang}/index.html">{Text("zip.open")}</a></p>
            <p>{Text("zip.offline")}</p>
            </main>
            </body>
            </html>

            """;
    }
}
