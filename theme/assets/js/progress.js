/* Reading progress: a section (a page's h2 and what follows, or the whole page without h2) counts as
   read when its end has been on screen. Kept by CourseStore under the page path and section id;
   shown as ticks and chapter percentages in the navigation and as the dashboard on the language home
   (Continue, a card per chapter, export, import, reset). The chapters, pages, words and sections
   come from <lang>/reading-map.js (Course.Web.Progress.ReadingMap). Needs store.js and format.js first. */
(function (root) {
  'use strict';

  var WHOLE_PAGE = '_page'; // twin of ReadingMap.WholePage

  var format = root.CourseFormat.template;

  /* Share of a page read, 0..1, from its stored ticks. */
  function pageShare(info, record) {
    if (!record) return 0;
    if (record.done) return 1;
    var read = record.read || {};
    var sections = info.s && info.s.length ? info.s : [WHOLE_PAGE];
    var count = sections.filter(function (id) { return read[id]; }).length;
    return count / sections.length;
  }

  /* A chapter's progress: percent (words read / words, 100 only when every page is done) and minutes left. */
  function chapterProgress(map, slug, langState) {
    var paths = (map.chapters || {})[slug] || [];
    var pages = (langState && langState.pages) || {};
    var words = 0;
    var read = 0;
    var allDone = paths.length > 0;
    paths.forEach(function (path) {
      var info = map.pages[path] || { w: 0, s: [WHOLE_PAGE] };
      var share = pageShare(info, pages[path]);
      var weight = Math.max(info.w || 0, 1);
      words += weight;
      read += weight * share;
      if (share < 1) allDone = false;
    });
    var percent = words === 0 ? 0 : allDone ? 100 : Math.min(99, Math.floor(100 * read / words));
    var minutes = Math.ceil(Math.max(0, words - read) / (map.wpm || 180));
    return { percent: percent, minutes: allDone ? 0 : Math.max(minutes, 1), done: allDone };
  }

  /* Marks a section read in a draft state; the page is done when all its sections are. */
  function markRead(draft, lang, path, sectionIds, id, now) {
    var pages = root.CourseStore.lang(lang, draft).pages;
    var page = pages[path] || (pages[path] = { read: {} });
    page.read = page.read || {};
    if (!page.read[id]) page.read[id] = now;
    if (!page.done && sectionIds.every(function (s) { return page.read[s]; })) page.done = now;
    return page;
  }

  root.CourseProgress = { chapterProgress: chapterProgress, pageShare: pageShare, markRead: markRead, WHOLE_PAGE: WHOLE_PAGE };
  if (typeof document === 'undefined' || !root.CourseStore) return;

  var store = root.CourseStore;
  var html = document.documentElement;
  var lang = html.getAttribute('lang');
  var path = html.getAttribute('data-page');
  var siteRoot = html.getAttribute('data-root') || '';
  var map = root.CourseReadingMap && root.CourseReadingMap.lang === lang ? root.CourseReadingMap : { chapters: {}, pages: {}, wpm: 180 };
  var pageInfo = map.pages[path];
  var readLabel = (document.querySelector('.site-nav') || html).getAttribute('data-read-label') || '';

  function href(target, heading) {
    var url = siteRoot + target + (html.hasAttribute('data-index-html') && /\/$/.test(target) ? 'index.html' : '');
    return heading ? url + '#' + encodeURIComponent(heading) : url;
  }

  /* ---- This page: end markers, the last heading reached ---- */

  function body() { return document.querySelector('[data-page-body]'); }

  function trackSections() {
    var container = body();
    if (!pageInfo || !container || !('IntersectionObserver' in root)) return;
    var ids = pageInfo.s && pageInfo.s.length ? pageInfo.s : [WHOLE_PAGE];
    var headings = ids.map(function (id) { return id === WHOLE_PAGE ? null : document.getElementById(id); });
    var stored = (store.get().langs[lang] || { pages: {} }).pages || {};
    var already = (stored[path] && stored[path].read) || {};
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var id = entry.target.getAttribute('data-section-end');
        observer.unobserve(entry.target);
        store.update(function (draft) { markRead(draft, lang, path, ids, id, Date.now()); });
      });
    });
    ids.forEach(function (id, i) {
      if (already[id]) return;
      var marker = document.createElement('span');
      marker.className = 'section-end';
      marker.setAttribute('data-section-end', id);
      marker.setAttribute('aria-hidden', 'true');
      var next = headings[i + 1];
      if (next && next.parentNode) next.parentNode.insertBefore(marker, next);
      else container.appendChild(marker);
      observer.observe(marker);
    });
  }

  function currentHeading() { return root.CourseSite ? root.CourseSite.currentHeading() : null; }

  function rememberPlace() {
    if (!pageInfo || html.getAttribute('data-kind') === 'home') return;
    var heading = currentHeading();
    var title = (document.querySelector('main h1') || {}).textContent || pageInfo.t || '';
    store.update(function (draft) {
      store.lang(lang, draft).last = { path: path, heading: heading ? heading.id : '', title: title, at: Date.now() };
    });
  }

  var placeTimer = null;
  function rememberPlaceSoon() {
    if (placeTimer) return;
    placeTimer = root.setTimeout(function () { placeTimer = null; rememberPlace(); }, 400);
  }

  /* ---- Navigation: ticks and chapter percentages ---- */

  function showNav(state) {
    var langState = state.langs[lang] || {};
    var pages = langState.pages || {};
    Array.prototype.forEach.call(document.querySelectorAll('.site-nav a[data-path]'), function (link) {
      var record = pages[link.getAttribute('data-path')];
      var read = !!(record && record.done);
      var note = link.querySelector('.nav-read');
      if (read && !link.hasAttribute('data-read')) {
        link.setAttribute('data-read', '');
        if (!note) {
          note = document.createElement('span');
          note.className = 'nav-read visually-hidden';
          note.textContent = ', ' + readLabel;
          link.appendChild(note);
        }
      } else if (!read && link.hasAttribute('data-read')) {
        link.removeAttribute('data-read');
        if (note) note.parentNode.removeChild(note);
      }
    });
    Array.prototype.forEach.call(document.querySelectorAll('.site-nav li[data-chapter] > a'), function (link) {
      var progress = chapterProgress(map, link.parentNode.getAttribute('data-chapter'), langState);
      var badge = link.querySelector('.nav-percent');
      if (!badge) {
        badge = document.createElement('span');
        badge.className = 'nav-percent';
        link.appendChild(badge);
      }
      badge.textContent = ' ' + progress.percent + '%';
      link.setAttribute('data-percent', String(progress.percent));
    });
  }

  /* ---- The dashboard on the language home ---- */

  function showDashboard(state) {
    var langState = state.langs[lang] || {};
    var cont = document.querySelector('a[data-continue]');
    if (cont) {
      var last = langState.last;
      if (last && last.path && map.pages[last.path]) {
        cont.setAttribute('href', href(last.path, last.heading));
        cont.textContent = format(cont.getAttribute('data-continue-text'), { title: last.title || map.pages[last.path].t });
        cont.setAttribute('data-continue', last.path);
      } else {
        cont.textContent = cont.getAttribute('data-start-text');
        cont.setAttribute('data-continue', '');
      }
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-chapter-progress]'), function (card) {
      var progress = chapterProgress(map, card.getAttribute('data-chapter'), langState);
      card.setAttribute('data-percent', String(progress.percent));
      var text = card.querySelector('[data-percent-text]');
      if (text) text.textContent = progress.percent + ' %';
      var bar = card.querySelector('[data-percent-bar]');
      if (bar) bar.style.transform = 'scaleX(' + (progress.percent / 100) + ')';
      var left = card.querySelector('[data-time-left]');
      if (left) left.textContent = progress.done ? left.getAttribute('data-done-text') : format(left.getAttribute('data-template'), { minutes: progress.minutes });
      var best = card.querySelector('[data-quiz-best]');
      var quiz = (langState.quizzes || {})[card.getAttribute('data-quiz-id')];
      if (best) {
        best.textContent = quiz && typeof quiz.best === 'number'
          ? format(best.getAttribute('data-template'), { best: quiz.best, total: quiz.total })
          : best.getAttribute('data-none');
      }
    });
  }

  /* ---- Export, import, reset ---- */

  function tools() {
    var status = document.querySelector('[data-progress-status]');
    function say(key) { if (status) status.textContent = status.getAttribute(key) || ''; }

    var exportButton = document.querySelector('[data-progress-export]');
    if (exportButton) {
      exportButton.addEventListener('click', function () {
        var blob = new Blob([store.exportJson()], { type: 'application/json' });
        var link = document.createElement('a');
        link.href = URL.createObjectURL(blob);
        link.download = exportButton.getAttribute('data-file-name') || 'progress.json';
        document.body.appendChild(link);
        link.click();
        link.parentNode.removeChild(link);
        root.setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
      });
    }

    var importInput = document.querySelector('input[type=file][data-progress-import]');
    if (importInput) {
      importInput.addEventListener('change', function () {
        var file = importInput.files && importInput.files[0];
        if (!file) return;
        var reader = new FileReader();
        reader.onload = function () {
          try {
            store.importJson(String(reader.result));
            say('data-imported');
          } catch (e) {
            say('data-import-failed');
          }
          importInput.value = '';
        };
        reader.readAsText(file);
      });
    }

    var resetButton = document.querySelector('[data-progress-reset]');
    var dialog = document.querySelector('[data-reset-dialog]');
    if (resetButton && dialog && typeof dialog.showModal === 'function') {
      resetButton.addEventListener('click', function () { dialog.showModal(); });
      dialog.addEventListener('close', function () {
        if (dialog.returnValue === 'reset') {
          store.reset();
          say('data-reset-done');
        }
        resetButton.focus();
      });
    }
  }

  function show(state) {
    showNav(state);
    showDashboard(state);
  }

  var nav = document.querySelector('.site-nav');
  if (nav) readLabel = nav.getAttribute('data-read-label') || readLabel;
  show(store.get());
  store.subscribe(show);
  tools();
  trackSections();
  if (pageInfo && html.getAttribute('data-kind') !== 'home') {
    rememberPlace();
    root.addEventListener('scroll', rememberPlaceSoon, { passive: true });
    root.addEventListener('pagehide', rememberPlace);
  }
})(typeof window !== 'undefined' ? window : this);
