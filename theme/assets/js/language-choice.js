/* The root page: a reader with a place to come back to is offered "Continue" (the last page and heading
   of the language used last); anyone else goes to the remembered language, else the browser's
   preferred one; the links stay for everyone else. Needs store.js first. */
(function () {
  'use strict';
  var links = document.querySelectorAll('.language-link');
  var available = {};
  Array.prototype.forEach.call(links, function (a) {
    available[a.getAttribute('data-lang')] = a.getAttribute('href');
    a.addEventListener('click', function () { try { localStorage.setItem('course:lang', a.getAttribute('data-lang')); } catch (e) { /* ignore */ } });
  });

  var latest = null;
  var langs = window.CourseStore ? window.CourseStore.get().langs : {};
  Object.keys(langs).forEach(function (code) {
    var last = langs[code].last;
    if (available[code] && last && last.path && (!latest || last.at > latest.last.at)) latest = { lang: code, last: last };
  });
  if (latest) {
    var box = document.querySelector('[data-continue-lang="' + latest.lang + '"]');
    var link = box && box.querySelector('a[data-continue]');
    if (link) {
      var indexHtml = document.documentElement.hasAttribute('data-index-html') && /\/$/.test(latest.last.path) ? 'index.html' : '';
      link.setAttribute('href', latest.last.path + indexHtml + (latest.last.heading ? '#' + encodeURIComponent(latest.last.heading) : ''));
      link.textContent = link.textContent + (latest.last.title ? ': ' + latest.last.title : '');
      box.hidden = false;
      return;
    }
  }

  var chosen = null;
  try { chosen = localStorage.getItem('course:lang'); } catch (e) { /* ignore */ }
  if (!chosen || !available[chosen]) {
    var preferred = navigator.languages || [navigator.language || ''];
    for (var i = 0; i < preferred.length && !chosen; i++) {
      var code = String(preferred[i]).toLowerCase().split('-')[0];
      if (available[code]) { chosen = code; }
    }
  }
  if (chosen && available[chosen] && !/[?&]choose/.test(location.search)) {
    location.replace(available[chosen]);
  }
})();
