using Course.Cli.Packaging;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Site;

namespace Course.Tests.Lms;

/// <summary>The real course built once for an LMS (index.html links, launch pages, scorm.js), and its packages.</summary>
public static class LmsBuilds
{
    private static readonly Lazy<Task<IReadOnlyDictionary<string, byte[]>>> Site = new(BuildAsync);

    public static string Tools => Path.Combine(Repo.Root, "tests", "npm", "node_modules");

    public static Task<IReadOnlyDictionary<string, byte[]>> SiteAsync() => Site.Value;

    public static async Task<IReadOnlyDictionary<string, byte[]>> PackageAsync(PackageFormat format, string lang)
    {
        IReadOnlyDictionary<string, byte[]> site = await SiteAsync();
        (CourseSettings? settings, _) = CourseSettingsLoader.Load(Repo.Input, new BuildOptions(Repo.Input, Repo.Theme));
        return CoursePackager.Entries(site, settings!, UiStrings.Load(Repo.Theme, settings!.Languages), format, lang);
    }

    /// <summary>A package unzipped into a new temporary folder, as an LMS would store it.</summary>
    public static async Task<TempFolder> UnzippedAsync(PackageFormat format, string lang)
    {
        var folder = new TempFolder();
        foreach ((string path, byte[] bytes) in await PackageAsync(format, lang))
        {
            string file = folder.Combine(path.Split('/'));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await File.WriteAllBytesAsync(file, bytes);
        }

        return folder;
    }

    private static async Task<IReadOnlyDictionary<string, byte[]>> BuildAsync()
    {
        BuildResult result = await CourseSite.BuildAsync(new BuildOptions(Repo.Input, Repo.Theme, UseIndexHtml: true, Lms: true));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        return result.Files.ToDictionary(f => f.Destination, f => f.ReadBytes(), StringComparer.Ordinal);
    }
}
