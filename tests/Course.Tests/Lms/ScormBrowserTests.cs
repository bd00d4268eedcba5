using System.Text.Json;
using Course.Cli.Packaging;
using Course.Tests.Browser;
using Course.Tests.Support;
using Microsoft.Playwright;

namespace Course.Tests.Lms;

/// <summary>
/// End to end in Chromium: a test page plays the LMS with scorm-again 3.4.3 (window.API or API_1484_11), launches the
/// unzipped package's SCO in a frame, the student opens pages, reads sections and takes a quiz (through the course
/// store the site's scripts use), leaves; a new launch with the stored CMI data resumes at the same place and progress.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ScormBrowserTests(BrowserFixture browser)
{
    private const string Player = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><script src="scorm-again.js"></script></head>
        <body><main><h1>LMS</h1></main><script>
          window.lmsCalls = [];
          window.launch = function (version, saved) {
            var settings = { autocommit: false, logLevel: 5 };
            var api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
            if (saved) api.loadFromJSON(saved, '');
            ['LMSFinish', 'Terminate', 'LMSCommit', 'Commit'].forEach(function (name) {
              if (typeof api[name] !== 'function') return;
              var original = api[name].bind(api);
              api[name] = function (arg) { window.lmsCalls.push(name); return original(arg); };
            });
            if (version === '1.2') { delete window.API_1484_11; window.API = api; } else { delete window.API; window.API_1484_11 = api; }
            var frame = document.createElement('iframe');
            frame.id = 'sco'; frame.title = 'course'; frame.style.width = '1000px'; frame.style.height = '700px';
            frame.src = 'LAUNCH';
            document.body.appendChild(frame);
          };
          window.leave = function () { document.getElementById('sco').remove(); };
          window.cmi = function () { return JSON.parse(JSON.stringify((window.API || window.API_1484_11).cmi)); };
        </script></body></html>
        """;

    [Theory(Skip = "Work in progress (#15 point 3): the launch page's course frame does not load under the scorm-again player yet (times out waiting for kk/index.html); debug the launch in Chromium before enabling")]
    [InlineData(PackageFormat.Scorm12, "kk")]
    [InlineData(PackageFormat.Scorm12, "ru")]
    [InlineData(PackageFormat.Scorm2004, "kk")]
    [InlineData(PackageFormat.Scorm2004, "ru")]
    public async Task AStudentReadsTakesAQuizLeavesAndResumesWhereTheyWere(PackageFormat format, string lang)
    {
        browser.Require();
        using TempFolder package = await LmsBuilds.UnzippedAsync(format, lang);
        Directory.CreateDirectory(package.Combine("lms-player"));
        File.Copy(Path.Combine(LmsBuilds.Tools, "scorm-again", "dist", "scorm-again.js"), package.Combine("lms-player", "scorm-again.js"));
        await File.WriteAllTextAsync(package.Combine("lms-player", "index.html"), Player.Replace("LAUNCH", $"../{lang}/lms/index.html", StringComparison.Ordinal));
        using var server = new StaticSiteServer(package.Path, "/lms/");
        string version = format == PackageFormat.Scorm12 ? "1.2" : "2004";
        bool is12 = format == PackageFormat.Scorm12;

        IPage page = await browser.Browser!.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "lms-player/index.html");
        await page.EvaluateAsync("v => launch(v, null)", version);
        IFrame course = await CourseFrameAsync(page, lang + "/index.html");

        // the student opens a section, reads its sections, and takes the chapter's quiz (the store the site's scripts write)
        JsonElement data = await course.EvaluateAsync<JsonElement>("() => JSON.parse(window.parent.document.getElementById('course-lms-data').textContent)");
        JsonElement section = data.GetProperty("pages").EnumerateArray().First(p => p.GetProperty("sections").GetArrayLength() > 1);
        string path = section.GetProperty("path").GetString()!;
        string heading = section.GetProperty("sections")[1].GetString()!;
        JsonElement quiz = data.GetProperty("quizzes")[0];
        await course.EvaluateAsync("href => { location.href = href; }", "../" + path.Split('/', 2)[1] + "index.html#" + heading);
        course = await CourseFrameAsync(page, path + "index.html");
        await course.EvaluateAsync(
            """
            ([lang, path, ids, quiz, questions]) => CourseStore.update(function (draft) {
              var own = CourseStore.lang(lang, draft);
              var read = {}; ids.forEach(function (id) { read[id] = Date.now(); });
              own.pages[path] = { read: read };
              own.quizzes[quiz] = { best: questions, last: questions, total: questions, history: [{ at: Date.now(), score: questions, total: questions }] };
            })
            """,
            new object[] { lang, path, section.GetProperty("sections").EnumerateArray().Select(s => s.GetString()).ToArray(), quiz.GetProperty("id").GetString()!, quiz.GetProperty("questions").GetInt32() });

        await page.EvaluateAsync("() => leave()");
        await page.WaitForFunctionAsync("() => lmsCalls.indexOf('LMSFinish') >= 0 || lmsCalls.indexOf('Terminate') >= 0");
        JsonElement cmi = await page.EvaluateAsync<JsonElement>("() => cmi()");

        string location = is12 ? cmi.GetProperty("core").GetProperty("lesson_location").GetString()! : cmi.GetProperty("location").GetString()!;
        Assert.Equal(path + "#" + heading, location);
        string suspend = cmi.GetProperty("suspend_data").GetString()!;
        Assert.InRange(suspend.Length, 10, 4096);
        JsonElement score = is12 ? cmi.GetProperty("core").GetProperty("score") : cmi.GetProperty("score");
        int questions = data.GetProperty("quizzes").EnumerateArray().Sum(q => q.GetProperty("questions").GetInt32());
        Assert.Equal(Math.Round(quiz.GetProperty("questions").GetInt32() * 100.0 / questions).ToString(System.Globalization.CultureInfo.InvariantCulture), score.GetProperty("raw").GetString());
        Assert.Equal("0", score.GetProperty("min").GetString());
        Assert.Equal("100", score.GetProperty("max").GetString());
        if (is12)
        {
            Assert.Equal("incomplete", cmi.GetProperty("core").GetProperty("lesson_status").GetString());
            Assert.Equal("suspend", cmi.GetProperty("core").GetProperty("exit").GetString());
            Assert.Matches(@"^\d{4}:\d{2}:\d{2}\.\d{2}$", cmi.GetProperty("core").GetProperty("session_time").GetString()!);
        }
        else
        {
            Assert.Equal("incomplete", cmi.GetProperty("completion_status").GetString());
            Assert.Equal("unknown", cmi.GetProperty("success_status").GetString());
            Assert.StartsWith("PT", cmi.GetProperty("session_time").GetString()!, StringComparison.Ordinal);
            Assert.InRange(double.Parse(cmi.GetProperty("progress_measure").GetString()!, System.Globalization.CultureInfo.InvariantCulture), 0.001, 0.5);
        }

        // relaunch with what the LMS stored: the same place, the same progress, and nothing from localStorage
        IPage again = await browser.Browser!.NewPageAsync();
        await again.GotoAsync(server.BaseUrl + "lms-player/index.html");
        object saved = is12
            ? new { core = new { lesson_location = location, entry = "resume" }, suspend_data = suspend }
            : new { location, entry = "resume", suspend_data = suspend };
        await again.EvaluateAsync("([v, saved]) => launch(v, saved)", new object[] { version, saved });
        IFrame resumed = await CourseFrameAsync(again, path + "index.html");
        Assert.EndsWith("#" + Uri.EscapeDataString(heading), resumed.Url.Replace("%2D", "-", StringComparison.Ordinal), StringComparison.Ordinal);
        JsonElement own = await resumed.EvaluateAsync<JsonElement>("lang => CourseStore.lang(lang)", lang);
        Assert.Equal(section.GetProperty("sections").GetArrayLength(), own.GetProperty("pages").GetProperty(path).GetProperty("read").EnumerateObject().Count());
        Assert.Equal(quiz.GetProperty("questions").GetInt32(), own.GetProperty("quizzes").GetProperty(quiz.GetProperty("id").GetString()!).GetProperty("best").GetInt32());
        Assert.Equal(0, await resumed.EvaluateAsync<int>("() => localStorage.length"));
        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    /// <summary>The course page shown in the launch page's frame, once it has loaded <paramref name="path"/>.</summary>
    private static async Task<IFrame> CourseFrameAsync(IPage page, string path)
    {
        await page.WaitForFunctionAsync(
            "path => { var sco = document.getElementById('sco'); var launch = sco && sco.contentWindow; var frame = launch && launch.document.querySelector('[data-lms-frame]'); var w = frame && frame.contentWindow; return !!(w && w.location.pathname.endsWith(path) && w.document.readyState === 'complete' && w.CourseStore); }",
            path);
        return page.Frames.Single(f => new Uri(f.Url).AbsolutePath.EndsWith(path, StringComparison.Ordinal));
    }
}
