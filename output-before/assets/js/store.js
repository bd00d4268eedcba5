/* CourseStore: everything a student's browser keeps about one course, under ONE localStorage key
   `course:<courseId>:state` (the id comes from <html data-course>). Shared by reading progress
   (site.js), quizzes and flashcards (quiz.js) and the LMS adapter (setBackend). The value is JSON:
     { "v": 1, "langs": { "<lang>": { "pages": { "<page path>": { "read": { "<section id>": ms }, "done": ms } },
                                     "last": { "path", "heading", "at" },
                                     "quizzes": { "<quiz id>": { "best", "last", "total", "history": [...], "attempt": {...} } },
                                     "cards": { "<card id>": { "box": 1..5, "due": ms } } } } }
   Keys are page paths and section/quiz/card ids, so they survive a rebuild of the course.
   Storage blocked (private mode, some LMS frames): the state lives in memory for the page's life.
   Pure JavaScript without a DOM as well (tested with Jint). docs/student-data.md describes it. */
(function (root) {
  'use strict';

  var VERSION = 1;
  var OLD_QUIZ_PREFIX = 'course:quiz:';
  var LANG_PARTS = ['pages', 'quizzes', 'cards'];

  var courseId = null;
  var backend = null;
  var state = null;
  var listeners = [];

  function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
  }

  function isTime(value) {
    return typeof value === 'number' && isFinite(value) && value >= 0;
  }

  function copy(value) {
    return JSON.parse(JSON.stringify(value));
  }

  function empty() {
    return { v: VERSION, langs: {} };
  }

  function currentCourse() {
    if (courseId) return courseId;
    var html = root.document && root.document.documentElement;
    return (html && html.getAttribute('data-course')) || 'course';
  }

  function storageKey() {
    return 'course:' + currentCourse() + ':state';
  }

  function localStorageOrNull() {
    try {
      var storage = root.localStorage;
      if (!storage) return null;
      var probe = 'course:probe';
      storage.setItem(probe, '1');
      storage.removeItem(probe);
      return storage;
    } catch (e) {
      return null; // private mode or a sandboxed frame: fall back to memory
    }
  }

  function localBackend(storage) {
    return {
      load: function () { return storage.getItem(storageKey()); },
      save: function (text) { storage.setItem(storageKey(), text); },
      storage: storage
    };
  }

  function memoryBackend() {
    var text = null;
    return {
      load: function () { return text; },
      save: function (value) { text = value; }
    };
  }

  /* ---- Validation and migration ---- */

  function invalid(reason) {
    var error = new Error('Not a course progress file: ' + reason);
    error.reason = reason;
    return error;
  }

  function checkLanguage(code, data) {
    if (!isObject(data)) throw invalid('langs.' + code + ' is not an object');
    LANG_PARTS.forEach(function (part) {
      if (data[part] !== undefined && !isObject(data[part])) throw invalid('langs.' + code + '.' + part + ' is not an object');
    });
    Object.keys(data.pages || {}).forEach(function (path) {
      var page = data.pages[path];
      if (!isObject(page)) throw invalid('page ' + path + ' is not an object');
      if (page.read !== undefined) {
        if (!isObject(page.read)) throw invalid('page ' + path + ' read is not an object');
        Object.keys(page.read).forEach(function (id) {
          if (!isTime(page.read[id])) throw invalid('page ' + path + ' section ' + id + ' has no time');
        });
      }
      if (page.done !== undefined && !isTime(page.done)) throw invalid('page ' + path + ' done is not a time');
    });
    if (data.last !== undefined && (!isObject(data.last) || typeof data.last.path !== 'string')) throw invalid('langs.' + code + '.last has no path');
    Object.keys(data.quizzes || {}).forEach(function (id) {
      var quiz = data.quizzes[id];
      if (!isObject(quiz)) throw invalid('quiz ' + id + ' is not an object');
      ['best', 'last', 'total'].forEach(function (field) {
        if (quiz[field] !== undefined && typeof quiz[field] !== 'number') throw invalid('quiz ' + id + ' ' + field + ' is not a number');
      });
      if (quiz.history !== undefined && !Array.isArray(quiz.history)) throw invalid('quiz ' + id + ' history is not a list');
    });
    Object.keys(data.cards || {}).forEach(function (id) {
      var card = data.cards[id];
      if (!isObject(card) || typeof card.box !== 'number' || !isTime(card.due)) throw invalid('card ' + id + ' needs box and due');
    });
  }

  /* Any stored or imported value → a state of the current version, or an error saying what is wrong.
     Version 1 is the first; a later version adds a step here (`if (old.v === 1) { ...; old.v = 2; }`). */
  function migrate(old) {
    if (!isObject(old)) throw invalid('not an object');
    if (typeof old.v !== 'number' || old.v < 1 || Math.floor(old.v) !== old.v) throw invalid('no version');
    if (old.v > VERSION) throw invalid('made by a newer version (' + old.v + ')');
    if (!isObject(old.langs)) throw invalid('no langs');
    var next = { v: VERSION, langs: {} };
    Object.keys(old.langs).forEach(function (code) {
      checkLanguage(code, old.langs[code]);
      next.langs[code] = copy(old.langs[code]);
    });
    return next;
  }

  /* The quizzes kept their scores under `course:quiz:<quiz id>` ({ v: 1, total, best, last }) before
     this module: moved once into the state (the quiz id starts with its language), then removed. */
  function migrateOldQuizKeys(target, storage) {
    var keys = [];
    for (var i = 0; i < storage.length; i++) {
      var key = storage.key(i);
      if (key && key.indexOf(OLD_QUIZ_PREFIX) === 0) keys.push(key);
    }
    keys.forEach(function (key) {
      var id = key.substring(OLD_QUIZ_PREFIX.length);
      var lang = id.split('/')[0];
      var old = null;
      try { old = JSON.parse(storage.getItem(key)); } catch (e) { old = null; }
      if (lang && isObject(old) && typeof old.best === 'number' && typeof old.total === 'number') {
        var quizzes = language(target, lang).quizzes;
        if (!quizzes[id]) {
          quizzes[id] = { best: old.best, last: typeof old.last === 'number' ? old.last : old.best, total: old.total, history: [] };
        }
      }
      storage.removeItem(key);
    });
    return keys.length > 0;
  }

  /* ---- Loading and saving ---- */

  function parse(text) {
    if (text === null || text === undefined || text === '') return empty();
    try {
      return migrate(JSON.parse(text));
    } catch (e) {
      return empty(); // a damaged value is not worth a broken page
    }
  }

  function ensureLoaded() {
    if (state) return;
    if (!backend) {
      var storage = localStorageOrNull();
      backend = storage ? localBackend(storage) : memoryBackend();
    }
    var text = null;
    try { text = backend.load(); } catch (e) { text = null; }
    state = parse(text);
    if (backend.storage && migrateOldQuizKeys(state, backend.storage)) persist();
  }

  function persist() {
    try {
      backend.save(JSON.stringify(state));
    } catch (e) {
      /* quota or a storage blocked after load: keep it in memory */
    }
  }

  function notify() {
    var snapshot = copy(state);
    listeners.slice().forEach(function (listener) {
      try { listener(copy(snapshot)); } catch (e) { /* one listener must not stop the others */ }
    });
  }

  /* state.langs[code] with its parts, created on demand (for use inside update). */
  function language(target, code) {
    var langs = target.langs;
    if (!isObject(langs[code])) langs[code] = {};
    LANG_PARTS.forEach(function (part) { if (!isObject(langs[code][part])) langs[code][part] = {}; });
    return langs[code];
  }

  var CourseStore = {
    VERSION: VERSION,

    /** The whole state (a copy: changing it changes nothing; use update). */
    get: function () {
      ensureLoaded();
      return copy(state);
    },

    /** fn(draft) changes a copy of the state; it is checked, saved and sent to the subscribers. Returns the new state. */
    update: function (fn) {
      ensureLoaded();
      var draft = copy(state);
      var result = fn(draft);
      state = migrate(result === undefined ? draft : result);
      persist();
      notify();
      return copy(state);
    },

    /** listener(state) after every change (also from another tab). Returns a function that unsubscribes. */
    subscribe: function (listener) {
      listeners.push(listener);
      return function () {
        var index = listeners.indexOf(listener);
        if (index >= 0) listeners.splice(index, 1);
      };
    },

    /** lang(code, draft): draft.langs[code] created on demand, to change inside update.
        lang(code): a copy of that language's part of the stored state, to read. */
    lang: function (code, draft) {
      if (draft) return language(draft, code);
      ensureLoaded();
      return language(copy(state), code);
    },

    /** The state as a file's text, with the course id so a file from another course is refused. */
    exportJson: function () {
      ensureLoaded();
      return JSON.stringify({ v: state.v, course: currentCourse(), langs: state.langs }, null, 1);
    },

    /** Replaces the state by a file's text after checking it; throws an Error (with .reason) when it is not one. */
    importJson: function (text) {
      var parsed;
      try { parsed = JSON.parse(String(text)); } catch (e) { throw invalid('not JSON'); }
      if (isObject(parsed) && parsed.course !== undefined && parsed.course !== currentCourse()) {
        throw invalid('it belongs to another course (' + parsed.course + ')');
      }
      var next = migrate(parsed);
      ensureLoaded();
      state = next;
      persist();
      notify();
      return copy(state);
    },

    /** Forgets everything stored for this course. */
    reset: function () {
      ensureLoaded();
      state = empty();
      persist();
      notify();
    },

    /** Replaces where the state is kept ({ load(): string|null, save(text) }, e.g. SCORM suspend_data);
        the state is read again from it. */
    setBackend: function (replacement) {
      if (!replacement || typeof replacement.load !== 'function' || typeof replacement.save !== 'function') {
        throw new Error('CourseStore.setBackend needs { load(), save(text) }');
      }
      backend = replacement;
      state = null;
      ensureLoaded();
      notify();
    },

    /** For tests and pages without <html data-course>: the course id, and forget what was loaded. */
    configure: function (options) {
      courseId = options && options.courseId ? String(options.courseId) : null;
      backend = null;
      state = null;
    },

    migrate: migrate
  };

  root.CourseStore = CourseStore;
  if (typeof module === 'object' && module.exports) module.exports = CourseStore;

  // Another tab changed the state: read it again and tell this page.
  if (root.addEventListener) {
    root.addEventListener('storage', function (event) {
      if (event.key === storageKey() && backend && backend.storage) {
        state = parse(event.newValue);
        notify();
      }
    });
  }
})(typeof window !== 'undefined' ? window : this);
