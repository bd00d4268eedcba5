using System.Globalization;
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

    // Each format once and each language once (pairwise): the format decides the LMS API, the language the package's
    // text (ScormPackageTests lists both languages' packages in both formats).
    [Theory]
    [InlineData(PackageFormat.Scorm12, "kk")]
    [InlineData(PackageFormat.Scorm2004, "ru")]
    public async Task AStudentReadsTakesAQuizLeavesAndResumesWhereTheyWere(PackageFormat format, string lang)
    {
        browser.RequireBrowser();
        using TempFolder package = await LmsBuilds.UnzippedAsync(format, lang);
        Directory.CreateDirectory(package.Combine("lms-player"));
        File.Copy(Path.Combine(LmsBuilds.Tools, "scorm-again", "dist", "scorm-again.js"), package.Combine("lms-player", "scorm-again.js"));
        await File.WriteAllTextAsync(package.Combine("lms-player", "index.html"), Player.Replace("LAUNCH", $"../{lang}/lms/index.html", StringComparison.Ordinal));
        using var server = new StaticSiteServer(package.Path, "/lms/");
        string version = format == PackageFormat.Scorm12 ? "1.2" : "2004";
        bool is12 = format == PackageFormat.Scorm12;

        // first launch: no CMI data, the SCO opens the course's start
        IPage page = await (await browser.NewContextAsync()).NewPageAsync();
        await page.GotoAsync(server.BaseUrl + "lms-player/index.html");
        await page.EvaluateAsync("v => launch(v, null)", version);
        IFrame course = await CourseFrameAsync(page, lang + "/index.html");
        JsonElement data = await course.EvaluateAsync<JsonElement>("() => JSON.parse(window.parent.document.getElementById('course-lms-data').textContent)");
        JsonElement[] pages = [.. data.GetProperty("pages").EnumerateArray()];
        JsonElement[] quizzes = [.. data.GetProperty("quizzes").EnumerateArray()];
        int passMark = data.GetProperty("passMark").GetInt32();
        int allQuestions = quizzes.Sum(q => q.GetProperty("questions").GetInt32());
        int allSections = pages.Sum(p => Math.Max(1, p.GetProperty("sections").GetArrayLength()));

        // the student reads a page to its end: progress.js marks each section read as its end scrolls into view
        JsonElement section = pages.First(p => p.GetProperty("sections").GetArrayLength() > 2 && !p.GetProperty("path").GetString()!.Contains("quiz", StringComparison.Ordinal));
        string path = section.GetProperty("path").GetString()!;
        int sections = section.GetProperty("sections").GetArrayLength();
        await course.GotoAsync(server.BaseUrl + path + "index.html");
        course = await CourseFrameAsync(page, path + "index.html");
        ILocator ends = course.Locator(".section-end");
        Assert.Equal(sections, await ends.CountAsync());
        for (int i = 0; i < sections; i++)
        {
            await ends.Nth(i).ScrollIntoViewIfNeededAsync();
        }

        await course.WaitForFunctionAsync("([lang, path]) => { var p = CourseStore.lang(lang).pages[path]; return !!(p && p.done); }", new[] { lang, path });

        // then takes the chapter's quiz: every single-choice question answered right, the others left, and finishes
        JsonElement quiz = quizzes[0];
        string quizId = quiz.GetProperty("id").GetString()!;
        await course.GotoAsync(server.BaseUrl + quiz.GetProperty("path").GetString()! + "index.html");
        course = await CourseFrameAsync(page, quiz.GetProperty("path").GetString()! + "index.html");
        ILocator singles = course.Locator("[data-quiz-question][data-type='single']");
        int right = await singles.CountAsync();
        Assert.True(right > 0, "the quiz has single-choice questions");
        for (int i = 0; i < right; i++)
        {
            string key = (await singles.Nth(i).GetAttributeAsync("data-answer"))!.Trim('[', ']').Split(',')[0];
            await singles.Nth(i).Locator($"input[value='{key}']").CheckAsync();
        }

        await course.Locator("[data-quiz-finish]").ClickAsync();
        await course.Locator("[data-quiz-dialog-ok]").ClickAsync();
        await course.Locator("[data-quiz-result]").WaitForAsync();
        int answered = right;
        right = await course.EvaluateAsync<int>("([lang, id]) => CourseStore.lang(lang).quizzes[id].best", new[] { lang, quizId });
        Assert.InRange(right, answered, quiz.GetProperty("questions").GetInt32());

        // and goes back to the page, at its second heading; then leaves (the LMS closes the SCO: unload → finish)
        string heading = section.GetProperty("sections")[1].GetString()!;
        await course.GotoAsync(server.BaseUrl + path + "index.html#" + heading);
        course = await CourseFrameAsync(page, path + "index.html");
        await course.WaitForFunctionAsync("([lang, path]) => { var last = CourseStore.lang(lang).last; return !!(last && last.path === path && last.heading); }", new[] { lang, path });
        string place = await course.EvaluateAsync<string>("lang => { var last = CourseStore.lang(lang).last; return last.path + '#' + last.heading; }", lang);
        int readSections = await course.EvaluateAsync<int>(
            """
            ([lang, json]) => JSON.parse(json).pages.reduce(function (n, p) {
              var stored = CourseStore.lang(lang).pages[p.path] || {};
              return n + (stored.done ? Math.max(1, p.sections.length) : p.sections.filter(function (id) { return stored.read && stored.read[id]; }).length);
            }, 0)
            """,
            new[] { lang, data.GetRawText() });
        Assert.InRange(readSections, sections, allSections - 1);
        Assert.Null(await course.EvaluateAsync<string?>(StoredInTheBrowser));
        await page.EvaluateAsync("() => leave()");
        await page.WaitForFunctionAsync("() => lmsCalls.indexOf('LMSFinish') >= 0 || lmsCalls.indexOf('Terminate') >= 0");
        JsonElement cmi = await page.EvaluateAsync<JsonElement>("() => cmi()");

        int raw = (int)Math.Round(right * 100.0 / allQuestions, MidpointRounding.AwayFromZero);
        Assert.True(raw < passMark, $"one quiz is not enough to pass: {raw} < {passMark}");
        string location = Cmi(cmi, is12, "core.lesson_location", "location");
        Assert.Equal(place, location);
        Assert.StartsWith(path + "#", location, StringComparison.Ordinal);
        string suspend = Cmi(cmi, is12, "suspend_data", "suspend_data");
        Assert.InRange(suspend.Length, 10, 4096);
        AssertScore(cmi, is12, raw);
        if (is12)
        {
            Assert.Equal("incomplete", Cmi(cmi, is12, "core.lesson_status", null));
            Assert.Equal("suspend", Cmi(cmi, is12, "core.exit", null));
            Assert.Matches(@"^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$", Cmi(cmi, is12, "core.session_time", null));
            Assert.DoesNotMatch(@"^0+:00:00(\.0+)?$", Cmi(cmi, is12, "core.session_time", null));
        }
        else
        {
            Assert.Equal("incomplete", Cmi(cmi, is12, null, "completion_status"));
            Assert.Equal("unknown", Cmi(cmi, is12, null, "success_status"));
            Assert.Equal("suspend", Cmi(cmi, is12, null, "exit"));
            Assert.Matches(@"^PT\d+(\.\d+)?S$", Cmi(cmi, is12, null, "session_time"));
            Assert.NotEqual("PT0S", Cmi(cmi, is12, null, "session_time"));
            Assert.Equal(Math.Round(readSections * 100.0 / allSections) / 100, double.Parse(Cmi(cmi, is12, null, "progress_measure"), CultureInfo.InvariantCulture), 3);
        }

        // relaunch in a new browser context (no localStorage) with what the LMS stored: the same place and progress
        IPage again = await (await browser.NewContextAsync()).NewPageAsync();
        await again.GotoAsync(server.BaseUrl + "lms-player/index.html");
        await again.EvaluateAsync("([v, saved]) => launch(v, saved)", new object[] { version, Stored(cmi, is12) });
        IFrame resumed = await CourseFrameAsync(again, path + "index.html");
        Assert.Equal(location[(path.Length + 1)..], Uri.UnescapeDataString(new Uri(resumed.Url).Fragment.TrimStart('#')));
        JsonElement own = await resumed.EvaluateAsync<JsonElement>("lang => CourseStore.lang(lang)", lang);
        // (Playwright's JSON marks objects with "$id")
        Assert.Equal(sections, own.GetProperty("pages").GetProperty(path).GetProperty("read").EnumerateObject().Count(p => !p.Name.StartsWith('$')));
        Assert.Equal(right, own.GetProperty("quizzes").GetProperty(quizId).GetProperty("best").GetInt32());
        Assert.Null(await resumed.EvaluateAsync<string?>(StoredInTheBrowser));

        // the student reads the rest and takes every other quiz with every answer right (recorded as progress.js and quiz.js
        // record them), then leaves: the SCO is complete and passed
        await resumed.EvaluateAsync(
            """
            ([lang, json]) => CourseStore.update(function (draft) {
              var data = JSON.parse(json);
              var own = CourseStore.lang(lang, draft);
              var now = Date.now();
              data.pages.forEach(function (p) {
                var read = {}; p.sections.forEach(function (id) { read[id] = now; });
                own.pages[p.path] = { read: read, done: now };
              });
              data.quizzes.forEach(function (q) {
                var history = (own.quizzes[q.id] && own.quizzes[q.id].history) || [];
                history.push({ at: now, score: q.questions, total: q.questions });
                own.quizzes[q.id] = { best: q.questions, last: q.questions, total: q.questions, history: history };
              });
            })
            """,
            new object[] { lang, data.GetRawText() });
        await again.EvaluateAsync("() => leave()");
        await again.WaitForFunctionAsync("() => lmsCalls.indexOf('LMSFinish') >= 0 || lmsCalls.indexOf('Terminate') >= 0");
        JsonElement done = await again.EvaluateAsync<JsonElement>("() => cmi()");
        AssertScore(done, is12, 100);
        Assert.InRange(Cmi(done, is12, "suspend_data", "suspend_data").Length, 10, 4096);
        if (is12)
        {
            Assert.Equal("passed", Cmi(done, is12, "core.lesson_status", null));
        }
        else
        {
            Assert.Equal("completed", Cmi(done, is12, null, "completion_status"));
            Assert.Equal("passed", Cmi(done, is12, null, "success_status"));
            Assert.Equal("1", Cmi(done, is12, null, "progress_measure"));
        }

        await page.Context.CloseAsync();
        await again.Context.CloseAsync();
    }

    /// <summary>The store's localStorage entry (the course's state outside an LMS): inside the SCO the LMS keeps it instead.</summary>
    private const string StoredInTheBrowser = "() => localStorage.getItem('course:' + document.documentElement.getAttribute('data-course') + ':state')";

    /// <summary>A CMI value as scorm-again holds it: the SCORM 1.2 or the 2004 field.</summary>
    private static string Cmi(JsonElement cmi, bool is12, string? field12, string? field2004)
    {
        JsonElement value = cmi;
        foreach (string part in (is12 ? field12 : field2004)!.Split('.'))
        {
            value = value.GetProperty(part);
        }

        return value.GetString()!;
    }

    /// <summary>The score against the pass mark: raw 0–100 (questions right over all questions of all quizzes), min 0, max 100, and 2004's scaled.</summary>
    private static void AssertScore(JsonElement cmi, bool is12, int raw)
    {
        Assert.Equal(raw, double.Parse(Cmi(cmi, is12, "core.score.raw", "score.raw"), CultureInfo.InvariantCulture));
        Assert.Equal("0", Cmi(cmi, is12, "core.score.min", "score.min"));
        Assert.Equal("100", Cmi(cmi, is12, "core.score.max", "score.max"));
        if (!is12)
        {
            Assert.Equal(raw / 100.0, double.Parse(Cmi(cmi, is12, null, "score.scaled"), CultureInfo.InvariantCulture), 3);
        }
    }

    /// <summary>What an LMS hands the next attempt of a suspended SCO: the location, the suspend data, entry "resume".</summary>
    private static object Stored(JsonElement cmi, bool is12) => is12
        ? new { core = new { lesson_location = Cmi(cmi, is12, "core.lesson_location", null), lesson_status = Cmi(cmi, is12, "core.lesson_status", null), entry = "resume" }, suspend_data = Cmi(cmi, is12, "suspend_data", null) }
        : new { location = Cmi(cmi, is12, null, "location"), completion_status = Cmi(cmi, is12, null, "completion_status"), entry = "resume", suspend_data = Cmi(cmi, is12, null, "suspend_data") };

    /// <summary>The course page shown in the launch page's frame, once it has loaded <paramref name="path"/>.</summary>
    private static async Task<IFrame> CourseFrameAsync(IPage page, string path)
    {
        await page.WaitForFunctionAsync(
            "path => { var sco = document.getElementById('sco'); var launch = sco && sco.contentWindow; var frame = launch && launch.document.querySelector('[data-lms-frame]'); var w = frame && frame.contentWindow; return !!(w && w.location.pathname.endsWith(path) && w.document.readyState === 'complete' && w.CourseStore); }",
            path);
        return page.Frames.Single(f => new Uri(f.Url).AbsolutePath.EndsWith(path, StringComparison.Ordinal));
    }
}
