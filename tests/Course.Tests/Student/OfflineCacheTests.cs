using System.Text.Json;
using System.Text.RegularExpressions;
using Course.Core.Execution;
using Course.Tests.Support;
using Course.Web.Languages;
using Course.Web.Offline;
using Course.Web.Search;
using Course.Web.Site;

namespace Course.Tests.Student;

/// <summary>The OfflineCache pipeline: a service worker that lists every file of the build and names its cache by their hash, and the web app manifest (issue #12, point 4).</summary>
public sealed partial class OfflineCacheTests
{
    [Fact]
    public async Task The_worker_lists_every_file_of_the_build_as_shell_or_as_part_of_a_language()
    {
        (BuildResult result, _) = await SiteBuilds.RealCourseAsync();
        JsonElement offline = Offline(result);

        var listed = offline.GetProperty("shell").EnumerateArray().Select(e => e.GetString()!).ToList();
        foreach (JsonProperty lang in offline.GetProperty("langs").EnumerateObject())
        {
            var files = lang.Value.GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToList();
            Assert.Contains(lang.Name + "/", files);
            Assert.Contains("search/" + lang.Name + "/index.js", files);
            Assert.Contains(lang.Name + "/concepts/quiz/", files);
            Assert.Contains(lang.Name + "/print/", files);
            long bytes = result.Files.Where(f => files.Contains(OfflineFiles.UrlOf(f.Destination))).Sum(f => (long)f.ReadBytes().Length);
            Assert.Equal(bytes, lang.Value.GetProperty("bytes").GetInt64());
            listed.AddRange(files);
        }

        Assert.Contains(OfflineFiles.ManifestPath, listed);
        Assert.Contains("assets/css/site.css", listed);
        // every file of a language and every asset is in the worker's list; the worker itself is not
        var expected = result.Files.Select(f => f.Destination)
            .Where(d => d != OfflineFiles.WorkerPath && (d.StartsWith("assets/", StringComparison.Ordinal) || d.StartsWith("kk/", StringComparison.Ordinal) || d.StartsWith("ru/", StringComparison.Ordinal)))
            .Select(OfflineFiles.UrlOf);
        Assert.Empty(expected.Except(listed, StringComparer.Ordinal));
        Assert.DoesNotContain(OfflineFiles.WorkerPath, listed);

        // The browser editor is for authors who are online (issue #17.1): built, but never precached.
        Assert.Contains(result.Files, f => f.Destination.StartsWith("admin/", StringComparison.Ordinal));
        Assert.DoesNotContain(listed, url => url.StartsWith("admin/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_scripts_search_loads_are_saved_with_each_language_and_not_with_the_shell()
    {
        (BuildResult result, _) = await SiteBuilds.RealCourseAsync();
        JsonElement offline = Offline(result);

        var shell = offline.GetProperty("shell").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Contains("assets/js/search-box.js", shell);
        foreach (string lang in new[] { "kk", "ru" })
        {
            var files = offline.GetProperty("langs").GetProperty(lang).GetProperty("files").EnumerateArray().Select(e => e.GetString()!).ToList();
            IReadOnlyList<string> scripts = [.. SearchBrowserScripts.For(CourseLanguages.Get(lang)).Select(s => s.SitePath)];
            Assert.Contains("assets/vendor/lunr.min.js", scripts);
            Assert.Contains("assets/js/search-query.js", scripts);
            Assert.All(scripts, script => Assert.Contains(script, files));
            Assert.All(scripts, script => Assert.DoesNotContain(script, shell));
        }
    }

    [Fact]
    public async Task The_manifest_names_the_course_and_its_icons_exist()
    {
        (BuildResult result, _) = await SiteBuilds.RealCourseAsync();
        using JsonDocument manifest = JsonDocument.Parse(result.Files.Single(f => f.Destination == OfflineFiles.ManifestPath).ReadBytes());

        Assert.Equal("standalone", manifest.RootElement.GetProperty("display").GetString());
        Assert.Equal("./", manifest.RootElement.GetProperty("start_url").GetString());
        var icons = manifest.RootElement.GetProperty("icons").EnumerateArray().ToList();
        Assert.Contains(icons, i => i.GetProperty("sizes").GetString() == "512x512");
        Assert.All(icons, i => Assert.Contains(result.Files, f => f.Destination == i.GetProperty("src").GetString()));
    }

    [Fact]
    public async Task A_changed_page_gives_a_new_cache_name_and_the_same_course_the_same_one()
    {
        using var copy = new TempFolder();
        TempFolder.Copy(Repo.Input, copy.Path);
        string page = copy.Combine("kk", "summary.md");
        BuildOptions Options() => new(copy.Path, Repo.Theme, SkipSearchIndex: true);

        string first = Version(await CourseSite.BuildAsync(Options()));
        string again = Version(await CourseSite.BuildAsync(Options()));
        await File.AppendAllTextAsync(page, "\nOne more sentence.\n");
        string changed = Version(await CourseSite.BuildAsync(Options()));

        Assert.Matches("^[0-9a-f]{16}$", first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, changed);
    }

    [Fact]
    public async Task An_index_html_copy_has_no_worker_and_no_manifest()
    {
        (BuildResult result, _) = await SiteBuilds.RealCourseAsync(useIndexHtml: true);

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Files, f => f.Destination is OfflineFiles.WorkerPath or OfflineFiles.ManifestPath);
    }

    private static JsonElement Offline(BuildResult result)
    {
        Assert.True(result.Succeeded);
        string worker = System.Text.Encoding.UTF8.GetString(result.Files.Single(f => f.Destination == OfflineFiles.WorkerPath).ReadBytes());
        return JsonDocument.Parse(OfflineData().Match(worker).Groups[1].Value).RootElement.Clone();
    }

    private static string Version(BuildResult result) => Offline(result).GetProperty("version").GetString()!;

    [GeneratedRegex("const OFFLINE = (\\{.*\\});", RegexOptions.CultureInvariant)]
    private static partial Regex OfflineData();
}
