using System.Text;
using System.Text.RegularExpressions;
using Course.Tests.Support;
using Jint;
using Jint.Native;

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
            var answers = {}; for (var a = 0; a < 10; a++) answers[data.quizzes[0].ids[a]] = [0, 2];
            var checked = {}; checked[data.quizzes[0].ids[0]] = true;
            state.quizzes[data.quizzes[0].id].attempt = { answers: answers, checked: checked, started: now };
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

    /// <summary>
    /// The worst case SCORM 1.2 must hold (4,096 characters): every section read, every quiz taken 20 times and, in
    /// every quiz at once, an attempt with every question answered (the answer keys as the answers) and checked.
    /// </summary>
    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task EverythingReadAndEveryQuizFullyAnsweredStillFitsWithTheAnswersKept(string lang)
    {
        Engine engine = await EngineWithLaunchDataAsync(lang);
        IReadOnlyDictionary<string, byte[]> site = await LmsBuilds.SiteAsync();
        var answers = new Dictionary<string, Dictionary<string, object>>(StringComparer.Ordinal);
        string? largestChapter = null;
        foreach (JsValue quiz in engine.Evaluate("data.quizzes").AsArray())
        {
            string id = quiz.Get("id").AsString();
            AngleSharp.Dom.IDocument page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(Encoding.UTF8.GetString(site[quiz.Get("path").AsString() + "index.html"]));
            answers[id] = page.QuerySelectorAll("[data-quiz-question]").ToDictionary(
                q => q.Id!["q-".Length..],
                q => q.GetAttribute("data-type") == "text"
                    ? (object)System.Text.Json.JsonDocument.Parse(q.GetAttribute("data-answer")!).RootElement[0].GetString()!
                    : System.Text.Json.JsonDocument.Parse(q.GetAttribute("data-answer")!).RootElement.Clone(),
                StringComparer.Ordinal);
            largestChapter = largestChapter is null || answers[id].Count > answers[largestChapter].Count ? id : largestChapter;
        }

        engine.SetValue("answersJson", System.Text.Json.JsonSerializer.Serialize(answers));
        engine.Execute("""
            var now = 1760000000000;
            var answers = JSON.parse(answersJson);
            var state = { pages: {}, quizzes: {}, cards: {}, last: { path: data.pages[3].path, heading: data.pages[3].sections[0] || '', at: now } };
            data.pages.forEach(function (p) { var read = {}; p.sections.forEach(function (id) { read[id] = now; }); state.pages[p.path] = { read: read, done: now }; });
            data.quizzes.forEach(function (q) {
              var history = []; for (var h = 0; h < 20; h++) history.push({ at: now, score: h % q.questions, total: q.questions });
              var checked = {}; Object.keys(answers[q.id]).forEach(function (id) { checked[id] = true; });
              state.quizzes[q.id] = { best: q.questions - 1, last: q.questions - 2, total: q.questions, history: history,
                                      attempt: { answers: answers[q.id], checked: checked, started: now } };
            });
            function only(chapter) {
              var part = { pages: {}, quizzes: {}, cards: {}, last: state.last };
              Object.keys(state.pages).forEach(function (path) { if (path.split('/')[1] === chapter) part.pages[path] = state.pages[path]; });
              Object.keys(state.quizzes).forEach(function (id) { if (id.split('/')[1] === chapter) part.quizzes[id] = state.quizzes[id]; });
              return part;
            }
            function canon(v) {
              if (Array.isArray(v)) return '[' + v.map(canon).join(',') + ']';
              if (v && typeof v === 'object') return '{' + Object.keys(v).sort().map(function (k) { return JSON.stringify(k) + ':' + canon(v[k]); }).join(',') + '}';
              return JSON.stringify(v);
            }
            var packed = CourseLms.pack(state, data, CourseLms.LIMIT_12);
            var back = CourseLms.unpack(packed, data, now);
            """);
        engine.SetValue("largest", largestChapter!.Split('/')[1]);

        int whole = (int)engine.Evaluate("packed.length").AsNumber();
        int chapter = (int)engine.Evaluate("CourseLms.pack(only(largest), data, CourseLms.LIMIT_12).length").AsNumber();
        int plain = (int)engine.Evaluate("JSON.stringify(state).length").AsNumber();
        output.WriteLine($"{lang}: suspend_data with everything read and every quiz fully answered: the whole course {whole} characters, its largest chapter ({largestChapter}, {answers[largestChapter].Count} questions) {chapter}; the store's own JSON {plain}");
        Assert.True(whole <= ScormLimit12, $"suspend_data is {whole} characters");
        Assert.All(answers.Keys, id => Assert.Equal(
            engine.Evaluate($"canon(state.quizzes['{id}'].attempt)").AsString(),
            engine.Evaluate($"canon(back.quizzes['{id}'].attempt)").AsString()));
    }

    /// <summary>SCORM 1.2's cmi.suspend_data: CMIString4096.</summary>
    private const int ScormLimit12 = 4096;

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
