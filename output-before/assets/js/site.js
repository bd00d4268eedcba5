/* Site behaviour: mobile navigation, dark-mode toggle, language switch that keeps the entry and remembers the choice. */
(function () {
  'use strict';
  var root = document.documentElement;

  function store(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }

  // Navigation: on narrow screens the chapter list folds behind the Menu button.
  var toggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('site-nav');
  if (toggle && nav) {
    toggle.hidden = false;
    nav.classList.add('collapsible');
    toggle.addEventListener('click', function () {
      var open = toggle.getAttribute('aria-expanded') === 'true';
      toggle.setAttribute('aria-expanded', String(!open));
      nav.classList.toggle('open', !open);
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        toggle.setAttribute('aria-expanded', 'false');
        nav.classList.remove('open');
        toggle.focus();
      }
    });
  }

  // Dark mode: system preference by default; the toggle's choice is remembered.
  var themeButton = document.querySelector('.theme-toggle');
  if (themeButton) {
    var media = window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    var isDark = function () {
      var chosen = root.getAttribute('data-theme');
      return chosen ? chosen === 'dark' : !!(media && media.matches);
    };
    var sync = function () { themeButton.setAttribute('aria-pressed', String(isDark())); };
    themeButton.hidden = false;
    sync();
    themeButton.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', next);
      store('course:theme', next);
      sync();
    });
    if (media && media.addEventListener) { media.addEventListener('change', sync); }
  }

  // Language switch: remember the choice (the root page follows it) and keep the glossary entry or question.
  Array.prototype.forEach.call(document.querySelectorAll('.lang-switch'), function (link) {
    link.addEventListener('click', function () {
      store('course:lang', link.getAttribute('hreflang'));
      if (link.hasAttribute('data-keep-hash') && location.hash) {
        link.setAttribute('href', link.getAttribute('href').split('#')[0] + location.hash);
      }
    });
  });
  store('course:lang', root.getAttribute('lang'));
})();
