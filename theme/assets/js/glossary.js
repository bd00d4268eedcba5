/*
 * Glossary: the term popovers on every page, and the filter box on the glossary page.
 * Markup comes from Course.Web (HtmlGlossaryLinkRenderer, GlossaryPopovers, GlossaryPageRenderer); every
 * string shown comes from the page. Without this script term links are plain links to the glossary.
 * Needs fold.js (window.CourseFold) loaded first for the filter.
 */
(function (root) {
  'use strict';

  var HOVER_OPEN_MS = 150;
  var HOVER_CLOSE_MS = 300;
  var FILTER_DELAY_MS = 120;
  var MARGIN = 8;

  function fold(text) {
    return root.CourseFold ? root.CourseFold.fold(text) : String(text).toLowerCase();
  }

  /* ---------- Pure helpers (no DOM; tested under Jint) ---------- */

  /** Replaces {name} placeholders with values; unknown ones stay as written. */
  function fill(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  /**
   * True when every word of the query occurs in the (already folded) searchable text, or, once the
   * language's stemmer is loaded (`language`: { stem, fold } from CourseSearch.loadLanguage, the same
   * stemmer as search), when its stem of 3+ letters occurs in the stems of the entry's names
   * (`nameStems`, folded): «қылмыстардың» finds «киберқылмыс».
   */
  function matches(searchText, query, language, nameStems) {
    var words = String(query).toLowerCase().split(/\s+/).filter(Boolean);
    return words.every(function (word) {
      if (searchText.indexOf(fold(word)) >= 0) { return true; }
      if (!language || !nameStems) { return false; }
      var f = language.fold || function (x) { return x; };
      var stem = f(language.stem(word));
      return stem.length >= 3 && nameStems.indexOf(stem) >= 0;
    });
  }

  /** The folded stems of an entry's names, space-separated (searched as a string). */
  function stemNames(names, language) {
    var f = language.fold || function (x) { return x; };
    return String(names).toLowerCase().split(/[\s\-–,;()«»"]+/).filter(Boolean)
      .map(function (w) { return f(language.stem(w)); }).join(' ');
  }


  /* ---------- Term popovers ---------- */

  function initPopovers(doc, win) {
    var popovers = {};
    Array.prototype.forEach.call(doc.querySelectorAll('[data-term-popover]'), function (el) {
      popovers[el.getAttribute('data-term-popover')] = el;
    });
    var openLink = null;
    var openPopover = null;
    var timer = 0;
    var lastPointer = '';
    var pointerFocus = false;

    function termOf(target) {
      var link = target && target.closest ? target.closest('a.term[data-term]') : null;
      return link && popovers[link.getAttribute('data-term')] ? link : null;
    }

    function inPopover(target) {
      return !!(openPopover && target && openPopover.contains(target));
    }

    function place() {
      if (!openLink) { return; }
      var rects = openLink.getClientRects();
      var rect = rects.length ? rects[0] : openLink.getBoundingClientRect();
      var width = openPopover.offsetWidth;
      var height = openPopover.offsetHeight;
      var top = rect.bottom + 6;
      if (top + height > win.innerHeight - MARGIN && rect.top - height - 6 >= MARGIN) {
        top = rect.top - height - 6;
      }
      var left = Math.min(Math.max(MARGIN, rect.left), Math.max(MARGIN, win.innerWidth - width - MARGIN));
      openPopover.style.top = Math.round(top) + 'px';
      openPopover.style.left = Math.round(left) + 'px';
    }

    function open(link) {
      win.clearTimeout(timer);
      if (openLink === link) { return; }
      close();
      openLink = link;
      openPopover = popovers[link.getAttribute('data-term')];
      openPopover.hidden = false;
      link.classList.add('term-open');
      place();
    }

    function close() {
      win.clearTimeout(timer);
      if (!openLink) { return; }
      openPopover.hidden = true;
      openLink.classList.remove('term-open');
      openLink = null;
      openPopover = null;
    }

    function later(action, ms) {
      win.clearTimeout(timer);
      timer = win.setTimeout(action, ms);
    }

    doc.addEventListener('pointerover', function (e) {
      if (e.pointerType !== 'mouse') { return; }
      var link = termOf(e.target);
      if (link) {
        later(function () { open(link); }, openLink ? 0 : HOVER_OPEN_MS);
      } else if (inPopover(e.target)) {
        win.clearTimeout(timer);
      }
    });

    doc.addEventListener('pointerout', function (e) {
      if (e.pointerType !== 'mouse' || !(termOf(e.target) || inPopover(e.target))) { return; }
      var to = e.relatedTarget;
      if (to && (termOf(to) === openLink && openLink || inPopover(to))) { return; }
      later(function () { if (doc.activeElement !== openLink) { close(); } }, HOVER_CLOSE_MS);
    });

    doc.addEventListener('pointerdown', function (e) {
      lastPointer = e.pointerType || 'mouse';
      pointerFocus = true;
      if (!termOf(e.target) && !inPopover(e.target)) { close(); }
    });

    doc.addEventListener('touchstart', function () { lastPointer = 'touch'; }, { passive: true });

    // Phones: the first tap opens the popover, a second tap (or its link) follows the link.
    doc.addEventListener('click', function (e) {
      var link = termOf(e.target);
      var touch = lastPointer === 'touch' || lastPointer === 'pen';
      pointerFocus = false;
      lastPointer = '';
      if (link && touch && openLink !== link) {
        e.preventDefault();
        open(link);
      }
    });

    doc.addEventListener('focusin', function (e) {
      var link = termOf(e.target);
      if (link && !pointerFocus) { open(link); }
    });

    doc.addEventListener('focusout', function (e) {
      if (termOf(e.target) === openLink && openLink && !inPopover(e.relatedTarget)) {
        later(close, 0);
      }
    });

    doc.addEventListener('keydown', function (e) {
      pointerFocus = false;
      if ((e.key === 'Escape' || e.key === 'Esc') && openLink) {
        close();
      }
    });

    var pending = false;
    function reposition() {
      if (!openLink || pending) { return; }
      pending = true;
      win.requestAnimationFrame(function () { pending = false; place(); });
    }
    win.addEventListener('scroll', reposition, { passive: true });
    win.addEventListener('resize', reposition);
  }

  /* ---------- Glossary page: filter ---------- */

  function initFilter(doc, win) {
    var box = doc.querySelector('[data-glossary-filter]');
    if (!box) { return; }
    var input = box.querySelector('input');
    var count = box.querySelector('[data-glossary-count]');
    var template = count.getAttribute('data-template');
    var entries = Array.prototype.slice.call(doc.querySelectorAll('[data-glossary-entry]'));
    var groups = Array.prototype.slice.call(doc.querySelectorAll('[data-glossary-group]'));
    var empty = doc.querySelector('[data-glossary-empty]');
    var indexLinks = Array.prototype.slice.call(doc.querySelectorAll('.glossary-letters a'));
    var timer = 0;
    var language = null, stems = [];
    var form = doc.querySelector('form.search[data-lang]');
    if (form && root.CourseSearch && root.CourseSearch.loadLanguage) {
      root.CourseSearch.loadLanguage(form).then(function (loaded) {
        language = loaded;
        stems = entries.map(function (entry) {
          var names = Array.prototype.slice.call(entry.querySelectorAll('.glossary-term, .glossary-aliases'))
            .map(function (el) {
              var label = el.querySelector('.glossary-label');
              return el.textContent.replace(label ? label.textContent : '', '');
            }).join(' ');
          return stemNames(names, language);
        });
        if (input.value) { apply(); }
      }).catch(function () { /* the stemmer did not load: plain matching */ });
    }

    function apply() {
      var shown = 0;
      entries.forEach(function (entry, i) {
        var visible = matches(entry.getAttribute('data-search') || '', input.value, language, stems[i]);
        entry.hidden = !visible;
        if (visible) { shown++; }
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector('[data-glossary-entry]:not([hidden])');
      });
      indexLinks.forEach(function (link) {
        var group = doc.getElementById(link.getAttribute('href').slice(1));
        link.parentNode.hidden = !!(group && group.hidden);
      });
      if (empty) { empty.hidden = shown > 0; }
      count.textContent = fill(template, { shown: shown, total: entries.length });
    }

    input.addEventListener('input', function () {
      win.clearTimeout(timer);
      timer = win.setTimeout(apply, FILTER_DELAY_MS);
    });
    // Fill the count before the box appears, so screen readers do not announce it on load.
    count.textContent = fill(template, { shown: entries.length, total: entries.length });
    box.hidden = false;
  }

  function init() {
    initPopovers(root.document, root);
    initFilter(root.document, root);
  }

  root.CourseGlossary = { fill: fill, matches: matches, stemNames: stemNames };

  if (root.document && root.document.addEventListener) {
    if (root.document.readyState === 'loading') {
      root.document.addEventListener('DOMContentLoaded', init);
    } else {
      init();
    }
  }
})(typeof window !== 'undefined' ? window : this);
