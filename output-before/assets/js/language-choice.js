/* The root page: go to the remembered language, else the browser's preferred one; the links stay for everyone else. */
(function () {
  'use strict';
  var links = document.querySelectorAll('.language-link');
  var available = {};
  Array.prototype.forEach.call(links, function (a) {
    available[a.getAttribute('data-lang')] = a.getAttribute('href');
    a.addEventListener('click', function () { try { localStorage.setItem('course:lang', a.getAttribute('data-lang')); } catch (e) { /* ignore */ } });
  });
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
