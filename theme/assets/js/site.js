/* Site behaviour: mobile navigation, dark-mode toggle, the compact header and back-to-top on long
   pages, "On this page" marking the heading being read, and a language switch that lands on the twin
   of that heading. Controls only JavaScript can run carry .js-only: theme.js marks <html> with .js
   before the first paint, so they take their place at once and nothing shifts. */
(function (root) {
  'use strict';
  var html = document.documentElement;

  function remember(key, value) { try { localStorage.setItem(key, value); } catch (e) { /* private mode */ } }

  /* ---- The heading being read: the last h2/h3 of the page's text whose top is above the upper third of the screen ---- */

  function headings() {
    var body = document.querySelector('[data-page-body]');
    return body ? Array.prototype.slice.call(body.querySelectorAll('h2[id], h3[id]')) : [];
  }

  function currentHeading() {
    var list = headings();
    var line = root.innerHeight / 3;
    var found = null;
    for (var i = 0; i < list.length; i++) {
      if (list[i].getBoundingClientRect().top <= line) found = list[i];
      else break;
    }
    return found;
  }

  root.CourseSite = { headings: headings, currentHeading: currentHeading };

  // Navigation: on narrow screens the chapter list is folded by CSS (.js) behind the Menu button.
  var toggle = document.querySelector('.nav-toggle');
  var nav = document.getElementById('site-nav');
  if (toggle && nav) {
    var setOpen = function (open) {
      toggle.setAttribute('aria-expanded', String(open));
      nav.classList.toggle('open', open);
    };
    toggle.addEventListener('click', function () { setOpen(toggle.getAttribute('aria-expanded') !== 'true'); });
    document.addEventListener('keydown', function (e) {
      if (e.key === 'Escape' && toggle.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        toggle.focus();
      }
    });
  }

  // Dark mode: system preference by default; the toggle's choice is remembered.
  var themeButton = document.querySelector('.theme-toggle');
  if (themeButton) {
    var media = root.matchMedia ? root.matchMedia('(prefers-color-scheme: dark)') : null;
    var isDark = function () {
      var chosen = html.getAttribute('data-theme');
      return chosen ? chosen === 'dark' : !!(media && media.matches);
    };
    var sync = function () { themeButton.setAttribute('aria-pressed', String(isDark())); };
    sync();
    themeButton.addEventListener('click', function () {
      var next = isDark() ? 'light' : 'dark';
      html.setAttribute('data-theme', next);
      remember('course:theme', next);
      sync();
    });
    if (media && media.addEventListener) { media.addEventListener('change', sync); }
  }

  // Long pages: on phones the sticky header slides away while reading down and comes back on the way up;
  // the back-to-top link appears after the first screen. Transforms only: nothing below moves.
  var header = document.querySelector('.site-header');
  var backToTop = document.querySelector('[data-back-to-top]');
  var lastY = root.scrollY;
  var ticking = false;
  function onScroll() {
    ticking = false;
    var y = root.scrollY;
    var menuOpen = toggle && toggle.getAttribute('aria-expanded') === 'true';
    if (header) {
      var headerFocused = header.contains(document.activeElement);
      header.classList.toggle('header-away', y > lastY && y > header.offsetHeight && !menuOpen && !headerFocused);
    }
    if (backToTop) backToTop.classList.toggle('shown', y > root.innerHeight);
    lastY = y;
    markToc();
  }
  root.addEventListener('scroll', function () {
    if (!ticking) {
      ticking = true;
      root.requestAnimationFrame(onScroll);
    }
  }, { passive: true });
  if (header) header.addEventListener('focusin', function () { header.classList.remove('header-away'); });
  if (backToTop) {
    backToTop.addEventListener('click', function (e) {
      e.preventDefault();
      root.scrollTo(0, 0);
      var main = document.getElementById('main');
      if (main) main.focus({ preventScroll: true });
    });
  }

  // "On this page": the link of the heading being read is marked (the column is sticky on wide screens).
  var tocLinks = Array.prototype.slice.call(document.querySelectorAll('.toc a[href^="#"]'));
  var currentTocLink = null;
  function markToc() {
    if (!tocLinks.length) return;
    var heading = currentHeading();
    var id = heading ? heading.id : null;
    var link = null;
    for (var i = 0; i < tocLinks.length && id; i++) {
      if (decodeURIComponent(tocLinks[i].getAttribute('href').slice(1)) === id) link = tocLinks[i];
    }
    if (link === currentTocLink) return;
    if (currentTocLink) currentTocLink.removeAttribute('aria-current');
    if (link) link.setAttribute('aria-current', 'location');
    currentTocLink = link;
  }
  markToc();

  // Wide tables: the phone hint shows only where the table really overflows its region (its space is kept either way).
  function markOverflow() {
    Array.prototype.forEach.call(document.querySelectorAll('.table-wrap'), function (wrap) {
      var region = wrap.querySelector('.table-scroll');
      wrap.classList.toggle('overflows', !!region && region.scrollWidth > region.clientWidth + 1);
    });
  }
  markOverflow();
  root.addEventListener('resize', markOverflow);

  // Language switch: remember the choice (the root page follows it). On glossary and quiz pages the ids are
  // the same in both languages, so the hash is kept; on a text page the headings are twins by position
  // (translations keep the structure): the link carries the heading's position, resolved on arrival.
  Array.prototype.forEach.call(document.querySelectorAll('.lang-switch'), function (link) {
    link.addEventListener('click', function () {
      remember('course:lang', link.getAttribute('hreflang'));
      var base = link.getAttribute('href').split('#')[0];
      if (link.hasAttribute('data-keep-hash')) {
        if (location.hash) link.setAttribute('href', base + location.hash);
        return;
      }
      var heading = currentHeading();
      var index = heading ? headings().indexOf(heading) : -1;
      link.setAttribute('href', index >= 0 ? base + '#at-' + index : base);
    });
  });
  remember('course:lang', html.getAttribute('lang'));

  // Arriving from the other language: #at-N is the N-th heading of this page's text.
  var place = /^#at-(\d+)$/.exec(location.hash);
  if (place) {
    var target = headings()[Number(place[1])];
    if (target) {
      if (history.replaceState) history.replaceState(null, '', '#' + encodeURIComponent(target.id));
      target.scrollIntoView();
      markToc();
    }
  }
})(window);
