using Course.Tests.Support;
using Jint;
using Jint.Runtime;

namespace Course.Tests.Student;

/// <summary>theme/assets/js/store.js run in Jint over a localStorage written in JavaScript (a Map behind the Web Storage calls).</summary>
public sealed class StoreScriptTests
{
    private const string FakeStorage = """
        var localStorage = (function () {
          var items = {};
          return {
            get length() { return Object.keys(items).length; },
            key: function (i) { return Object.keys(items)[i] || null; },
            getItem: function (k) { return Object.prototype.hasOwnProperty.call(items, k) ? items[k] : null; },
            setItem: function (k, v) { items[k] = String(v); },
            removeItem: function (k) { delete items[k]; }
          };
        })();
        """;

    private const string BlockedStorage = """
        var localStorage = {
          get length() { throw new Error('SecurityError'); },
          key: function () { throw new Error('SecurityError'); },
          getItem: function () { throw new Error('SecurityError'); },
          setItem: function () { throw new Error('SecurityError'); },
          removeItem: function () { throw new Error('SecurityError'); }
        };
        """;

    [Fact]
    public void The_state_is_kept_under_one_versioned_key_per_course()
    {
        Engine engine = Load(FakeStorage, "test-course");

        engine.Execute("CourseStore.update(function (s) { CourseStore.lang('kk', s).pages['kk/concepts/history/'] = { read: { intro: 5 } }; });");

        Assert.Equal(1, engine.Evaluate("localStorage.length").AsNumber());
        string saved = engine.Evaluate("localStorage.getItem('course:test-course:state')").AsString();
        Assert.Equal("""{"v":1,"langs":{"kk":{"pages":{"kk/concepts/history/":{"read":{"intro":5}}},"quizzes":{},"cards":{}}}}""", saved);
    }

    [Fact]
    public void A_new_page_load_reads_what_the_last_one_saved()
    {
        Engine engine = Load(FakeStorage, "test-course");
        engine.Execute("CourseStore.update(function (s) { CourseStore.lang('ru', s).last = { path: 'ru/offender/', heading: 'age', at: 9 }; });");

        engine.Execute("CourseStore.configure({ courseId: 'test-course' });");

        Assert.Equal("age", engine.Evaluate("CourseStore.lang('ru').last.heading").AsString());
    }

    [Fact]
    public void Get_returns_a_copy_that_changes_nothing()
    {
        Engine engine = Load(FakeStorage, "test-course");

        engine.Execute("var s = CourseStore.get(); s.langs.kk = { pages: {} };");

        Assert.True(engine.Evaluate("CourseStore.get().langs.kk === undefined").AsBoolean());
    }

    [Fact]
    public void Subscribers_hear_every_change_until_they_unsubscribe()
    {
        Engine engine = Load(FakeStorage, "test-course");

        engine.Execute("""
            var heard = [];
            var stop = CourseStore.subscribe(function (s) { heard.push(Object.keys(s.langs).join(',')); });
            CourseStore.update(function (s) { CourseStore.lang('kk', s); });
            CourseStore.reset();
            stop();
            CourseStore.update(function (s) { CourseStore.lang('ru', s); });
            """);

        Assert.Equal("kk|", engine.Evaluate("heard.join('|')").AsString());
    }

    [Fact]
    public void Old_quiz_records_are_moved_into_the_state_once_and_removed()
    {
        Engine engine = Build(FakeStorage);
        engine.Execute("""
            localStorage.setItem('course:quiz:kk/concepts', JSON.stringify({ v: 1, total: 17, best: 12, last: 9 }));
            localStorage.setItem('course:quiz:ru/offender', JSON.stringify({ v: 1, total: 10, best: 10, last: 10 }));
            localStorage.setItem('course:quiz:kk/broken', '{not json');
            localStorage.setItem('course:theme', 'dark');
            """);
        engine.Execute(StoreScript);
        engine.Execute("CourseStore.configure({ courseId: 'c1' });");

        Assert.Equal(12, engine.Evaluate("CourseStore.get().langs.kk.quizzes['kk/concepts'].best").AsNumber());
        Assert.Equal(9, engine.Evaluate("CourseStore.get().langs.kk.quizzes['kk/concepts'].last").AsNumber());
        Assert.Equal(17, engine.Evaluate("CourseStore.get().langs.kk.quizzes['kk/concepts'].total").AsNumber());
        Assert.Equal(10, engine.Evaluate("CourseStore.get().langs.ru.quizzes['ru/offender'].best").AsNumber());
        Assert.True(engine.Evaluate("localStorage.getItem('course:quiz:kk/concepts') === null && localStorage.getItem('course:quiz:kk/broken') === null").AsBoolean());
        Assert.Equal("dark", engine.Evaluate("localStorage.getItem('course:theme')").AsString());
        Assert.Contains("kk/concepts", engine.Evaluate("localStorage.getItem('course:c1:state')").AsString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_migrated_quiz_does_not_overwrite_a_newer_record_of_the_same_quiz()
    {
        Engine engine = Build(FakeStorage);
        engine.Execute("""
            localStorage.setItem('course:c1:state', JSON.stringify({ v: 1, langs: { kk: { quizzes: { 'kk/concepts': { best: 15, last: 15, total: 17, history: [] } } } } }));
            localStorage.setItem('course:quiz:kk/concepts', JSON.stringify({ v: 1, total: 17, best: 3, last: 3 }));
            """);
        engine.Execute(StoreScript);
        engine.Execute("CourseStore.configure({ courseId: 'c1' });");

        Assert.Equal(15, engine.Evaluate("CourseStore.get().langs.kk.quizzes['kk/concepts'].best").AsNumber());
    }

    [Fact]
    public void Export_then_import_into_another_browser_gives_the_same_state()
    {
        Engine first = Load(FakeStorage, "c1");
        first.Execute("""
            CourseStore.update(function (s) {
              var kk = CourseStore.lang('kk', s);
              kk.pages['kk/concepts/history/'] = { read: { intro: 1, 'soviet-period': 2 }, done: 2 };
              kk.last = { path: 'kk/concepts/history/', heading: 'soviet-period', at: 2 };
              kk.quizzes['kk/concepts'] = { best: 5, last: 4, total: 6, history: [{ at: 3, score: 4, total: 6 }] };
              kk.cards['phishing'] = { box: 3, due: 86400000 };
            });
            """);
        string exported = first.Evaluate("CourseStore.exportJson()").AsString();
        string before = first.Evaluate("JSON.stringify(CourseStore.get())").AsString();

        Engine second = Load(FakeStorage, "c1");
        second.SetValue("file", exported).Execute("CourseStore.importJson(file);");

        Assert.Equal(before, second.Evaluate("JSON.stringify(CourseStore.get())").AsString());
        Assert.Equal(before, second.Evaluate("localStorage.getItem('course:c1:state')").AsString());
    }

    [Theory]
    [InlineData("not json at all", "not JSON")]
    [InlineData("[1, 2]", "not an object")]
    [InlineData("{\"langs\": {}}", "no version")]
    [InlineData("{\"v\": 99, \"langs\": {}}", "newer version")]
    [InlineData("{\"v\": 1}", "no langs")]
    [InlineData("{\"v\": 1, \"course\": \"other\", \"langs\": {}}", "another course")]
    [InlineData("{\"v\": 1, \"langs\": {\"kk\": {\"pages\": {\"kk/a/\": {\"read\": {\"x\": \"yesterday\"}}}}}}", "has no time")]
    [InlineData("{\"v\": 1, \"langs\": {\"kk\": {\"quizzes\": {\"kk/a\": {\"best\": \"ten\"}}}}}", "best is not a number")]
    [InlineData("{\"v\": 1, \"langs\": {\"kk\": {\"cards\": {\"t\": {\"box\": 2}}}}}", "needs box and due")]
    [InlineData("{\"v\": 1, \"langs\": {\"kk\": {\"last\": {\"heading\": \"x\"}}}}", "has no path")]
    public void Import_refuses_what_is_not_this_courses_progress_and_keeps_the_state(string file, string reason)
    {
        Engine engine = Load(FakeStorage, "c1");
        engine.Execute("CourseStore.update(function (s) { CourseStore.lang('kk', s).last = { path: 'kk/', heading: '', at: 1 }; });");
        string before = engine.Evaluate("localStorage.getItem('course:c1:state')").AsString();

        engine.SetValue("file", file);
        var error = Assert.Throws<JavaScriptException>(() => engine.Execute("CourseStore.importJson(file);"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, engine.Evaluate("localStorage.getItem('course:c1:state')").AsString());
    }

    [Fact]
    public void Reset_forgets_everything_of_this_course_only()
    {
        Engine engine = Load(FakeStorage, "c1");
        engine.Execute("localStorage.setItem('course:c2:state', '{\"v\":1,\"langs\":{\"kk\":{}}}');");
        engine.Execute("CourseStore.update(function (s) { CourseStore.lang('kk', s).cards.x = { box: 1, due: 0 }; }); CourseStore.reset();");

        Assert.Equal("""{"v":1,"langs":{}}""", engine.Evaluate("localStorage.getItem('course:c1:state')").AsString());
        Assert.Equal("""{"v":1,"langs":{"kk":{}}}""", engine.Evaluate("localStorage.getItem('course:c2:state')").AsString());
    }

    [Fact]
    public void A_damaged_stored_value_starts_afresh_instead_of_breaking_the_page()
    {
        Engine engine = Build(FakeStorage);
        engine.Execute("localStorage.setItem('course:c1:state', '{\"v\": 1, \"langs\": 5}');");
        engine.Execute(StoreScript);
        engine.Execute("CourseStore.configure({ courseId: 'c1' });");

        Assert.Equal("""{"v":1,"langs":{}}""", engine.Evaluate("JSON.stringify(CourseStore.get())").AsString());
    }

    [Fact]
    public void Blocked_storage_keeps_the_state_in_memory()
    {
        Engine engine = Load(BlockedStorage, "c1");

        engine.Execute("CourseStore.update(function (s) { CourseStore.lang('kk', s).pages['kk/'] = { read: { a: 1 } }; });");

        Assert.Equal(1, engine.Evaluate("CourseStore.get().langs.kk.pages['kk/'].read.a").AsNumber());
    }

    [Fact]
    public void Another_backend_replaces_local_storage()
    {
        Engine engine = Load(FakeStorage, "c1");
        engine.Execute("""
            var suspendData = '{"v":1,"langs":{"ru":{"last":{"path":"ru/offender/","heading":"","at":4}}}}';
            CourseStore.setBackend({ load: function () { return suspendData; }, save: function (t) { suspendData = t; } });
            CourseStore.update(function (s) { CourseStore.lang('ru', s).pages['ru/offender/'] = { read: { age: 5 } }; });
            """);

        Assert.Equal("ru/offender/", engine.Evaluate("CourseStore.get().langs.ru.last.path").AsString());
        Assert.Contains("\"age\":5", engine.Evaluate("suspendData").AsString(), StringComparison.Ordinal);
        Assert.True(engine.Evaluate("localStorage.getItem('course:c1:state') === null").AsBoolean());
    }

    private static readonly string StoreScript = File.ReadAllText(Path.Combine(Repo.Theme, "assets", "js", "store.js"));

    private static Engine Build(string storage)
    {
        var engine = new Engine();
        engine.Execute(storage);
        return engine;
    }

    private static Engine Load(string storage, string courseId)
    {
        Engine engine = Build(storage);
        engine.Execute(StoreScript);
        engine.SetValue("courseId", courseId).Execute("CourseStore.configure({ courseId: courseId });");
        return engine;
    }
}
