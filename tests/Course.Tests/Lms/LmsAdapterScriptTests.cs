using System.Text;
using System.Text.RegularExpressions;
using Course.Tests.Support;
using Jint;

namespace Course.Tests.Lms;

/// <summary>The pure part of theme/assets/js/scorm.js in Jint: packing the store's state into suspend_data and what the LMS is told.</summary>
public partial class LmsAdapterScriptTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task TheWholeCourseReadWithEveryQuizTakenFitsScorm12sSuspendData(string lang)
    {
        Engine engine = await EngineWithLaunchDataAsync(lang);
        // every section read, every page done, every quiz taken with its history, one quiz half answered
        engine.Execute("""
            var now = 1760000000000;
            var state = { pages: {}, quizzes: {}, cards: {}, last: { path: data.pages[3].path, heading: data.pages[3].sections[0] || '', at: now } };
            data.pages.forEach(function (p) { var read = {}; p.sections.forEach(function (id) { read[id] = now; }); state.pages[p.path] = { read: read, done: now }; });
            data.quizzes.forEach(function (q, i) {
              var history = []; for (var h = 0; h < 20; h++) history.push({ at: now, score: h % q.questions, total: q.questions });
              state.quizzes[q.id] = { best: q.questions - 1, last: q.questions - 2, total: q.questions, history: history };
            });
            var answers = {}; for (var a = 0; a < 10; a++) answers['q' + a] = [0, 2];
            state.quizzes[data.quizzes[0].id].attempt = { answers: answers, checked: { q0: true }, started: now };
            var packed = CourseLms.pack(state, data, CourseLms.LIMIT_12);
            var back = CourseLms.unpack(packed, data, now);
            var before = CourseLms.progress(state, data);
            var after = CourseLms.progress(back, data);
            """);

        int size = (int)engine.Evaluate("packed.length").AsNumber();
        int chapterJson = (int)engine.Evaluate("""
            Math.max.apply(null, data.pages.map(function (p) { return p.path.split('/')[1]; }).filter(function (c, i, all) { return all.indexOf(c) === i; }).map(function (chapter) {
              var part = { pages: {}, quizzes: {} };
              Object.keys(state.pages).forEach(function (path) { if (path.split('/')[1] === chapter) part.pages[path] = state.pages[path]; });
              Object.keys(state.quizzes).forEach(function (id) { if (id.split('/')[1] === chapter) part.quizzes[id] = state.quizzes[id]; });
              return JSON.stringify(part).length;
            }))
            """).AsNumber();
        output.WriteLine($"{lang}: suspend_data for the whole course {size} characters; the largest chapter's state as the store keeps it {chapterJson} characters");
        Assert.True(size <= 4096, $"suspend_data is {size} characters");
        Assert.True(chapterJson > size, "packing makes it smaller than even one chapter's plain state");
        Assert.True(engine.Evaluate("before.completed && after.completed").AsBoolean());
        Assert.Equal(engine.Evaluate("before.raw").AsNumber(), engine.Evaluate("after.raw").AsNumber());
        Assert.Equal(engine.Evaluate("JSON.stringify(state.last.path + state.last.heading)").AsString(), engine.Evaluate("JSON.stringify(back.last.path + back.last.heading)").AsString());
        Assert.Equal(engine.Evaluate("JSON.stringify(state.quizzes[data.quizzes[0].id].attempt)").AsString(), engine.Evaluate("JSON.stringify(back.quizzes[data.quizzes[0].id].attempt)").AsString());
    }

    [Fact]
    public async Task ProgressCountsSectionsAndTheScoreIsTheBestAttemptsOverAllQuestions()
    {
        Engine engine = await EngineWithLaunchDataAsync("kk");
        engine.Execute("""
            var empty = CourseLms.progress({}, data);
            var first = data.quizzes[0];
            var state = { pages: {}, quizzes: {} };
            state.quizzes[first.id] = { best: first.questions, last: 1, total: first.questions };
            var oneQuiz = CourseLms.progress(state, data);
            var questions = data.quizzes.reduce(function (n, q) { return n + q.questions; }, 0);
            """);

        Assert.False(engine.Evaluate("empty.completed").AsBoolean());
        Assert.Equal(0, engine.Evaluate("empty.measure").AsNumber());
        Assert.Equal(Math.Round(engine.Evaluate("first.questions * 100 / questions").AsNumber()), engine.Evaluate("oneQuiz.raw").AsNumber());
        Assert.False(engine.Evaluate("oneQuiz.passed").AsBoolean());
        Assert.Equal("0000:01:01.50", engine.Evaluate("CourseLms.duration12(61500)").AsString());
        Assert.Equal("PT61.5S", engine.Evaluate("CourseLms.duration2004(61500)").AsString());
    }

    private static async Task<Engine> EngineWithLaunchDataAsync(string lang)
    {
        IReadOnlyDictionary<string, byte[]> site = await LmsBuilds.SiteAsync();
        string launch = Encoding.UTF8.GetString(site[lang + "/lms/index.html"]);
        string data = LaunchData().Match(launch).Groups[1].Value;
        var engine = new Engine();
        engine.Execute(await File.ReadAllTextAsync(Path.Combine(Repo.Theme, "assets", "js", "scorm.js")));
        engine.Execute("var data = " + data + ";");
        return engine;
    }

    [GeneratedRegex("<script type=\"application/json\" id=\"course-lms-data\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex LaunchData();
}
