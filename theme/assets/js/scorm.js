/* The LMS adapter (SCORM 1.2 and 2004). Two roles:
   - on the launch page an LMS opens (kk/lms/, <body data-lms-launch>): finds the LMS's API the way the
     standards say (API_1484_11 or API in window.parent, its parents, then window.opener's), starts ONE
     session, shows the course in a frame (so moving between pages never ends it), restores the student's
     place and progress from the LMS's data (cmi suspend_data and location), reports location, completion,
     success, score and session time, commits on every change and finishes when the launch page goes away;
   - on a course page inside that frame: the store (CourseStore) keeps its state in the session instead of
     localStorage. With no LMS (no API, no launch page above) nothing here runs: the site is the web site.
   The state of the package's language is packed into suspend_data (SCORM 1.2 allows 4,096 characters):
   pages and sections as bits in the launch data's order, quizzes by index. */
(function (root) {
  'use strict';

  var LIMIT_12 = 4096;

  /* ---- Packing the store's language state into suspend_data ---- */

  function hexOfBits(bits) {
    var hex = '';
    for (var i = 0; i < bits.length; i += 4) {
      var nibble = 0;
      for (var j = 0; j < 4; j++) if (bits[i + j]) nibble |= 8 >> j;
      hex += nibble.toString(16);
    }
    return hex.replace(/0+$/, '');
  }

  function bitsOfHex(hex, count) {
    var bits = [];
    for (var i = 0; i < count; i++) {
      var nibble = parseInt(hex.charAt(i >> 2) || '0', 16);
      bits.push((nibble & (8 >> (i & 3))) !== 0);
    }
    return bits;
  }

  /* An attempt in progress by question index, not id (the ids alone would fill SCORM 1.2's 4,096 characters):
     [started (s), finished (s, or 0), checked (hex bits), answer of question 1, 2, … (null: none)]. */
  function packAttempt(attempt, ids) {
    var answers = attempt.answers || {};
    var checked = attempt.checked || {};
    var list = ids.map(function (id) { return Object.prototype.hasOwnProperty.call(answers, id) ? answers[id] : null; });
    while (list.length && list[list.length - 1] === null) list.pop();
    var seconds = function (ms) { return typeof ms === 'number' ? Math.round(ms / 1000) : 0; };
    return [seconds(attempt.started), seconds(attempt.finished), hexOfBits(ids.map(function (id) { return !!checked[id]; }))].concat(list);
  }

  function unpackAttempt(packed, ids) {
    if (!Array.isArray(packed) || packed.length < 3) return null;
    var attempt = { answers: {}, checked: {}, started: packed[0] * 1000 };
    if (packed[1]) attempt.finished = packed[1] * 1000;
    var checked = bitsOfHex(String(packed[2]), ids.length);
    ids.forEach(function (id, j) {
      var answer = packed[j + 3];
      if (answer !== null && answer !== undefined) attempt.answers[id] = answer;
      if (checked[j]) attempt.checked[id] = true;
    });
    return attempt;
  }

  function pack(langState, data, limit) {
    var pages = langState.pages || {};
    var readBits = [];
    var doneBits = [];
    data.pages.forEach(function (page) {
      var stored = pages[page.path] || {};
      doneBits.push(!!stored.done);
      page.sections.forEach(function (id) { readBits.push(!!(stored.read && stored.read[id])); });
    });
    var packed = { r: hexOfBits(readBits), d: hexOfBits(doneBits) };
    var last = langState.last;
    if (last && typeof last.path === 'string') {
      var index = indexOfPage(data, last.path);
      packed.l = index >= 0 ? [index, last.heading || ''] : [last.path, last.heading || ''];
    }
    var quizzes = langState.quizzes || {};
    var q = {};
    var attempts = [];
    data.quizzes.forEach(function (quiz, i) {
      var record = quizzes[quiz.id];
      if (!record) return;
      q[i] = [record.best, record.last, record.total, (record.history || []).length];
      if (record.attempt) attempts.push([i, packAttempt(record.attempt, quiz.ids || [])]);
    });
    packed.q = q;
    // The most useful first: progress and scores always; then the quizzes being answered, one by one while they
    // fit; then the flashcards. (The whole course with every quiz answered fits: LmsAdapterScriptTests.)
    var text = JSON.stringify(packed);
    attempts.forEach(function (entry) {
      var a = Object.assign({}, packed.a || {});
      a[entry[0]] = entry[1];
      var longer = JSON.stringify(Object.assign({}, packed, { a: a }));
      if (longer.length <= limit) { packed.a = a; text = longer; }
    });
    var cards = langState.cards || {};
    var c = {};
    Object.keys(cards).forEach(function (id) { c[id] = [cards[id].box, Math.round(cards[id].due / 60000)]; });
    var withCards = JSON.stringify(Object.assign({}, packed, { c: c }));
    if (Object.keys(c).length && withCards.length <= limit) text = withCards;
    return text;
  }

  function indexOfPage(data, path) {
    for (var i = 0; i < data.pages.length; i++) if (data.pages[i].path === path) return i;
    return -1;
  }

  function unpack(text, data, now) {
    var langState = { pages: {}, quizzes: {}, cards: {} };
    var packed;
    try { packed = JSON.parse(text); } catch (e) { return langState; }
    if (!packed || typeof packed !== 'object') return langState;
    var sectionCount = data.pages.reduce(function (n, p) { return n + p.sections.length; }, 0);
    var read = bitsOfHex(packed.r || '', sectionCount);
    var done = bitsOfHex(packed.d || '', data.pages.length);
    var bit = 0;
    data.pages.forEach(function (page, i) {
      var entry = {};
      page.sections.forEach(function (id) {
        if (read[bit++]) { entry.read = entry.read || {}; entry.read[id] = now; }
      });
      if (done[i]) entry.done = now;
      if (entry.read || entry.done) langState.pages[page.path] = entry;
    });
    if (Array.isArray(packed.l)) {
      var path = typeof packed.l[0] === 'number' && data.pages[packed.l[0]] ? data.pages[packed.l[0]].path : String(packed.l[0]);
      langState.last = { path: path, heading: packed.l[1] || '', at: now };
    }
    Object.keys(packed.q || {}).forEach(function (i) {
      var quiz = data.quizzes[i];
      var v = packed.q[i];
      if (!quiz || !Array.isArray(v)) return;
      var record = { best: v[0], last: v[1], total: v[2], history: [] };
      var attempt = packed.a && packed.a[i] ? unpackAttempt(packed.a[i], quiz.ids || []) : null;
      if (attempt) record.attempt = attempt;
      langState.quizzes[quiz.id] = record;
    });
    Object.keys(packed.c || {}).forEach(function (id) {
      langState.cards[id] = { box: packed.c[id][0], due: packed.c[id][1] * 60000 };
    });
    return langState;
  }

  /* ---- What the LMS is told ---- */

  function progress(langState, data) {
    var pages = (langState && langState.pages) || {};
    var sections = 0;
    var read = 0;
    data.pages.forEach(function (page) {
      var stored = pages[page.path] || {};
      var count = Math.max(page.sections.length, 1);
      sections += count;
      if (stored.done) { read += count; return; }
      read += page.sections.filter(function (id) { return stored.read && stored.read[id]; }).length;
    });
    var right = 0;
    var questions = 0;
    var attempted = 0;
    data.quizzes.forEach(function (quiz) {
      var record = ((langState && langState.quizzes) || {})[quiz.id];
      var total = record && record.total ? record.total : quiz.questions;
      questions += total;
      if (record && typeof record.best === 'number') { right += Math.min(record.best, total); attempted++; }
    });
    var raw = questions === 0 ? 0 : Math.round(right * 100 / questions);
    return {
      completed: sections > 0 && read >= sections,
      measure: sections === 0 ? 1 : Math.round(read * 100 / sections) / 100,
      raw: raw,
      attempted: attempted,
      allAttempted: attempted === data.quizzes.length,
      passed: raw >= data.passMark
    };
  }

  function duration12(ms) {
    var s = Math.max(0, Math.round(ms / 10) / 100);
    var h = Math.floor(s / 3600);
    var m = Math.floor((s % 3600) / 60);
    var sec = (s % 60).toFixed(2);
    return (h < 10 ? '000' : h < 100 ? '00' : h < 1000 ? '0' : '') + h + ':' + (m < 10 ? '0' : '') + m + ':' + (sec.length < 5 ? '0' : '') + sec;
  }

  function duration2004(ms) {
    return 'PT' + Math.max(0, Math.round(ms / 10) / 100) + 'S';
  }

  /* The standards' search: this window's parents (at most 500 levels), then the opener's. */
  function findApi(win) {
    function climb(w) {
      for (var depth = 0; w && depth < 500; depth++) {
        try {
          if (w.API_1484_11) return { api: w.API_1484_11, version: '2004' };
          if (w.API) return { api: w.API, version: '1.2' };
        } catch (e) { /* another origin: look further up */ }
        if (w.parent === w) break;
        w = w.parent;
      }
      return null;
    }
    var found = climb(win.parent !== win ? win.parent : null) || climb(win);
    if (!found && win.opener) { try { found = climb(win.opener); } catch (e) { found = null; } }
    return found;
  }

  function Session(found, data, clock) {
    var api = found.api;
    var is2004 = found.version === '2004';
    var started = clock();
    var stateText = null;
    var finished = false;
    var lastPacked = null;
    var call = function (name12, name2004) {
      var args = Array.prototype.slice.call(arguments, 2);
      var fn = api[is2004 ? name2004 : name12];
      return typeof fn === 'function' ? fn.apply(api, args) : '';
    };
    var get = function (f12, f2004) { return String(call('LMSGetValue', 'GetValue', is2004 ? f2004 : f12) || ''); };
    var set = function (f12, f2004, value) { if (is2004 ? f2004 : f12) call('LMSSetValue', 'SetValue', is2004 ? f2004 : f12, String(value)); };

    call('LMSInitialize', 'Initialize', '');
    var suspend = get('cmi.suspend_data', 'cmi.suspend_data');
    var location = get('cmi.core.lesson_location', 'cmi.location');
    var langState = suspend ? unpack(suspend, data, started) : { pages: {}, quizzes: {}, cards: {} };
    if (!langState.last && location) langState.last = { path: location.split('#')[0], heading: location.split('#')[1] || '', at: started };
    var langs = {};
    langs[data.lang] = langState;
    stateText = JSON.stringify({ v: 1, langs: langs });
    set('cmi.core.exit', 'cmi.exit', 'suspend');
    set('cmi.core.score.min', 'cmi.score.min', 0);
    set('cmi.core.score.max', 'cmi.score.max', 100);

    function report(commit) {
      var state = JSON.parse(stateText);
      var own = (state.langs && state.langs[data.lang]) || {};
      var p = progress(own, data);
      var packed = pack(own, data, is2004 ? 64000 : LIMIT_12);
      if (own.last && own.last.path) {
        var place = own.last.path + (own.last.heading ? '#' + own.last.heading : '');
        set('cmi.core.lesson_location', 'cmi.location', is2004 ? place : place.substring(0, 255));
      }
      set('cmi.suspend_data', 'cmi.suspend_data', packed);
      if (p.attempted > 0) {
        set('cmi.core.score.raw', 'cmi.score.raw', p.raw);
        set(null, 'cmi.score.scaled', p.raw / 100);
      }
      if (is2004) {
        set(null, 'cmi.completion_status', p.completed ? 'completed' : 'incomplete');
        set(null, 'cmi.progress_measure', p.measure);
        set(null, 'cmi.success_status', p.passed ? 'passed' : p.allAttempted ? 'failed' : 'unknown');
      } else {
        set('cmi.core.lesson_status', null, p.passed ? 'passed' : p.allAttempted ? 'failed' : p.completed ? 'completed' : 'incomplete');
      }
      if (commit && packed !== lastPacked) call('LMSCommit', 'Commit', '');
      lastPacked = packed;
      return p;
    }

    report(false);

    this.version = found.version;
    this.place = function () {
      var last = JSON.parse(stateText).langs[data.lang].last;
      return last && last.path ? last : null;
    };
    this.load = function () { return stateText; };
    this.save = function (text) {
      if (finished) return;
      stateText = text;
      report(true);
    };
    /* A page of the course opened in the frame: the place to come back to, even before the student scrolls. */
    this.visit = function (path, heading) {
      if (finished) return;
      var state = JSON.parse(stateText);
      var own = state.langs[data.lang] = state.langs[data.lang] || {};
      if (own.last && own.last.path === path && !heading) return;
      own.last = { path: path, heading: heading || '', at: clock() };
      stateText = JSON.stringify(state);
      report(true);
    };
    this.finish = function () {
      if (finished) return;
      report(false);
      set('cmi.core.session_time', 'cmi.session_time', is2004 ? duration2004(clock() - started) : duration12(clock() - started));
      call('LMSCommit', 'Commit', '');
      call('LMSFinish', 'Terminate', '');
      finished = true;
    };
  }

  var CourseLms = {
    pack: pack, unpack: unpack, progress: progress, duration12: duration12, duration2004: duration2004, findApi: findApi, LIMIT_12: LIMIT_12
  };
  root.CourseLms = CourseLms;
  if (typeof module === 'object' && module.exports) module.exports = CourseLms;
  if (typeof document === 'undefined') return;

  /* ---- The launch page ---- */

  function launch(body) {
    var data = JSON.parse(document.getElementById('course-lms-data').textContent);
    var found = findApi(window);
    var rootPath = body.getAttribute('data-root');
    if (!found) {
      location.replace(body.getAttribute('data-start')); // no LMS: the course as on the web
      return;
    }
    var session = new Session(found, data, function () { return Date.now(); });
    CourseLms.session = session;
    var place = session.place();
    var start = place ? rootPath + place.path + 'index.html' + (place.heading ? '#' + place.heading : '') : body.getAttribute('data-start');
    var frame = document.createElement('iframe');
    frame.className = 'lms-frame';
    frame.title = document.title;
    frame.name = 'course';
    frame.setAttribute('data-lms-frame', '');
    frame.src = start;
    var fallback = document.querySelector('[data-lms-fallback]');
    if (fallback) fallback.hidden = true;
    body.appendChild(frame);
    var end = function () { session.finish(); };
    window.addEventListener('pagehide', end);
    window.addEventListener('beforeunload', end);
  }

  /* ---- A course page inside the launch page's frame ---- */

  function findSession() {
    var w = window;
    for (var depth = 0; depth < 10 && w.parent && w.parent !== w; depth++) {
      w = w.parent;
      try { if (w.CourseLms && w.CourseLms.session) return w.CourseLms.session; } catch (e) { return null; }
    }
    return null;
  }

  function attach() {
    var session = findSession();
    if (!session || !root.CourseStore) return;
    root.CourseStore.setBackend({ load: session.load, save: session.save });
    var html = document.documentElement;
    var rootPath = (document.querySelector('script[src$="assets/js/scorm.js"]') || {}).getAttribute ? document.querySelector('script[src$="assets/js/scorm.js"]').getAttribute('src').replace(/assets\/js\/scorm\.js$/, '') : '';
    var here = new URL(location.href);
    var base = new URL(rootPath || './', location.href);
    var path = decodeURIComponent(here.pathname.substring(base.pathname.length)).replace(/index\.html$/, '');
    if (html.getAttribute('lang') && path.indexOf(html.getAttribute('lang') + '/') === 0) {
      session.visit(path, decodeURIComponent(location.hash.replace(/^#/, '')));
    }
    window.addEventListener('hashchange', function () { session.visit(path, decodeURIComponent(location.hash.replace(/^#/, ''))); });
  }

  var body = document.body;
  if (body && body.hasAttribute('data-lms-launch')) launch(body);
  else attach();
})(typeof window !== 'undefined' ? window : this);
