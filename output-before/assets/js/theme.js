/* Runs in <head> before the page paints: apply the remembered colour theme and mark that JS runs. */
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.remove('no-js');
  root.classList.add('js');
  try {
    var theme = localStorage.getItem('course:theme');
    if (theme === 'dark' || theme === 'light') { root.setAttribute('data-theme', theme); }
  } catch (e) { /* storage blocked: follow the system preference */ }
})();
