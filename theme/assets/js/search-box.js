/*
 * Course search, the search box: on first use it loads the scripts the form names (lunr.js, the language's
 * scripts, the query logic CourseSearch) and search/<lang>/index.js with script tags, so it
 * works from file://, then searches as you type. The combobox follows the WAI-ARIA combobox + listbox
 * pattern; the page a result opens highlights the matched words. Markup: docs/search.md.
 */
(function (root) {
  'use strict';

  /* ---- The search box: WAI-ARIA combobox with a listbox popup, progressively enhanced. ---- */

  /* by absolute URL; the page's own script tags (fold.js is on every page) count as loaded */
  var loadedScripts = Object.create(null);
  Array.prototype.forEach.call(document.querySelectorAll('script[src]'), function (script) {
    loadedScripts[script.src] = Promise.resolve();
  });

  function loadScript(src) {
    var url = absolute(src);
    if (!loadedScripts[url]) {
      loadedScripts[url] = new Promise(function (resolve, reject) {
        var script = document.createElement('script');
        script.src = url;
        script.onload = resolve;
        script.onerror = function () { reject(new Error(src)); };
        document.head.appendChild(script);
      });
    }
    return loadedScripts[url];
  }

  function isEditable(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  function SearchBox(form) {
    this.form = form;
    this.input = form.querySelector('input[type="search"]');
    this.list = form.querySelector('#search-results') || form.querySelector('[role="listbox"]');
    if (!this.list) {
      this.list = document.createElement('div');
      this.list.className = 'search-results';
      this.input.insertAdjacentElement('afterend', this.list);
    }
    this.status = form.querySelector('[role="status"]');
    this.lang = form.getAttribute('data-lang');
    this.base = form.getAttribute('data-base') || '';
    this.state = 'idle';
    this.items = [];
    this.asking = ''; /* the query (and result count) the list shows or is waiting for */
    this.active = -1;
    this.timer = 0;
    this.statusTimer = 0;
    this.enhance();
  }

  /* UI strings come from the page: data-label-<key> attributes rendered from i18n search.yml. */
  SearchBox.prototype.label = function (key, count) {
    var text = this.form.getAttribute('data-label-' + key) || '';
    return count == null ? text : text.replace('{count}', String(count));
  };

  SearchBox.prototype.enhance = function () {
    var input = this.input, list = this.list, self = this;
    if (!this.status) {
      this.status = document.createElement('p');
      this.status.className = 'search-status';
      this.status.setAttribute('role', 'status');
      this.form.appendChild(this.status);
    }
    list.id = list.id || 'search-results';
    list.setAttribute('role', 'listbox');
    list.tabIndex = -1; /* a scrollable box is otherwise a Tab stop; the input keeps the focus */
    if (!list.hasAttribute('aria-label')) list.setAttribute('aria-label', this.label('results'));
    list.hidden = true;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('aria-keyshortcuts', '/');
    input.setAttribute('autocomplete', 'off');
    this.form.hidden = false;

    input.addEventListener('focus', function () {
      self.load();
      if (self.items.length && /\S/.test(input.value)) self.setOpen(true);
    });
    input.addEventListener('input', function () { self.showAll = false; self.load(); self.schedule(); });
    input.addEventListener('keydown', function (e) { self.onKey(e); });
    this.form.addEventListener('submit', function (e) { e.preventDefault(); });
    list.addEventListener('mousedown', function (e) { e.preventDefault(); });
    list.addEventListener('click', function (e) {
      var link = e.target.closest ? e.target.closest('a.search-result') : null;
      if (link && !link.hasAttribute('data-search-more')) rememberHighlight(link);
    });
    document.addEventListener('click', function (e) { if (!self.form.contains(e.target)) self.close(); });
    this.form.addEventListener('focusout', function (e) {
      if (!e.relatedTarget || !self.form.contains(e.relatedTarget)) self.close();
    });
    document.addEventListener('keydown', function (e) {
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && !isEditable(e.target)) {
        e.preventDefault();
        input.focus();
      }
    });
  };

  /* Script paths (relative to the site root) come from the form, written by the build
     (SearchBrowserScripts): data-scripts are lunr.js, the language's scripts and fold.js, what stemming
     and folding need; data-query is the query logic (index.js files register with its CourseSearchData);
     data-worker the worker that searches a split index. loadScript skips what the page already has. */
  function formScripts(form, name) {
    return (form.getAttribute(name) || '').split(/\s+/).filter(Boolean);
  }

  function absolute(src) {
    return new URL(src, document.baseURI).href;
  }

  function loadAll(base, list) {
    return list.reduce(function (done, src) {
      return done.then(function () { return loadScript(base + src); });
    }, Promise.resolve());
  }

  /* The language's stemmer without its index, for other scripts (the glossary filter, highlighting):
     resolves to { stem(word) → stem, fold(text) or null }. */
  function loadLanguage(form) {
    return loadAll(form.getAttribute('data-base') || '', formScripts(form, 'data-scripts')).then(function () {
      var fn = root.lunr.Pipeline.registeredFunctions[form.getAttribute('data-stemmer') || 'stemmer'];
      var fold = form.hasAttribute('data-keyboard-fold') && root.CourseFold ? root.CourseFold.fold : null;
      return {
        stem: function (word) { var t = fn(new root.lunr.Token(word, {})); return t ? t.toString() : ''; },
        fold: fold
      };
    });
  }

  /* The query logic and the index first: a split index is searched in a worker where one may run,
     and the page then needs neither lunr.js nor the language's scripts. */
  SearchBox.prototype.load = function () {
    if (this.state !== 'idle') return;
    var self = this;
    this.state = 'loading';
    loadAll(this.base, formScripts(this.form, 'data-query').concat(['search/' + this.lang + '/index.js'])).then(function () {
      return new Promise(function (resolve) { root.CourseSearchData.whenRegistered(self.lang, resolve); });
    }).then(function (registered) {
      if (registered.index.split && self.startWorker(registered)) return;
      return self.searchHere(registered);
    }).catch(function () {
      self.state = 'error';
      self.announce(self.label('error'));
    });
  };

  /* Searching on the page: lunr.js and the language's scripts, then a Searcher (or SplitData). */
  SearchBox.prototype.searchHere = function (registered) {
    var self = this;
    return loadAll(this.base, formScripts(this.form, 'data-scripts')).then(function () {
      var fold = self.form.hasAttribute('data-keyboard-fold') && root.CourseFold ? root.CourseFold.fold : null;
      var env = { lunr: root.lunr, fold: fold, helpers: (root.CourseQuery || {})[self.lang] };
      if (registered.index.split) self.split = new root.CourseSearch.SplitData(self.lang, registered, env);
      else self.searcher = new root.CourseSearch.Searcher(registered, env);
      self.state = 'ready';
      self.update();
    });
  };

  /* A split index in a worker (search-worker.js): the parts are parsed and lunr's index rebuilt off the
     main thread. Not from file://, where Chromium refuses workers; if the worker fails, the page searches. */
  SearchBox.prototype.startWorker = function (registered) {
    if (typeof root.Worker !== 'function' || root.location.protocol === 'file:') return false;
    var self = this, worker;
    try {
      worker = new root.Worker(absolute(this.base + this.form.getAttribute('data-worker')));
    } catch (e) {
      return false;
    }
    var fallBack = function () {
      if (self.worker !== worker) return;
      self.worker = null;
      worker.terminate();
      self.state = 'loading';
      self.asking = '';
      self.searchHere(registered).catch(function () { self.state = 'error'; self.announce(self.label('error')); });
    };
    this.worker = worker;
    this.asked = 0;
    worker.onerror = fallBack;
    worker.onmessage = function (event) {
      var message = event.data || {};
      if (message.type === 'ready') { self.state = 'ready'; self.update(); }
      else if (message.type === 'result' && message.id === self.asked) self.show(message.result);
      else if (message.type === 'failed' && message.id === undefined) fallBack();
      else if (message.type === 'failed' && message.id === self.asked) { self.asking = ''; self.announce(self.label('error')); }
    };
    var scripts = formScripts(this.form, 'data-scripts').concat(formScripts(this.form, 'data-query'));
    worker.postMessage({
      type: 'start',
      lang: this.lang,
      scripts: scripts.map(function (src) { return absolute(self.base + src); }),
      parts: absolute(this.base + 'search/' + this.lang + '/'),
      data: { index: registered.index, store: registered.store, extras: registered.extras },
      fold: this.form.hasAttribute('data-keyboard-fold')
    });
    return true;
  };

  SearchBox.prototype.schedule = function () {
    var self = this;
    clearTimeout(this.timer);
    this.timer = setTimeout(function () { self.update(); }, 120);
  };

  SearchBox.prototype.update = function () {
    var query = this.input.value;
    if (!/\S/.test(query)) { this.asking = ''; this.render({ total: 0, items: [] }); this.announce(''); return; }
    if (this.state === 'loading') { this.announce(this.label('loading')); return; }
    if (this.state !== 'ready') return;
    var max = this.showAll ? 0 : root.CourseSearch.MAX_RESULTS;
    /* The same query again (the index got ready before the typing pause ended): redrawing the list would
       drop the result the reader has just selected with the arrow keys. */
    if (this.asking === query + '\n' + max) return;
    this.asking = query + '\n' + max;
    if (this.worker) { this.worker.postMessage({ type: 'search', id: ++this.asked, query: query, max: max }); return; }
    if (this.split) { this.splitSearch(query, max); return; }
    this.show(this.searcher.search(query, max));
  };

  SearchBox.prototype.show = function (result) {
    this.render(result);
    this.announce(result.total === 0 ? this.label('none') : this.countText(result.total), 500);
  };

  /* A split index: load the parts the query needs, then search; a newer query wins. */
  SearchBox.prototype.splitSearch = function (query, max) {
    var self = this, attempt = this.split.attempt(query, max);
    if (!attempt.need) { this.show(attempt.result); return; }
    var token = this.pending = {};
    Promise.all(attempt.need.map(function (path) {
      return loadScript(self.base + 'search/' + self.lang + '/' + path + '.js');
    })).then(function () {
      if (self.pending === token) self.splitSearch(query, max);
    }).catch(function () {
      if (self.pending === token) self.asking = '';
      self.announce(self.label('error'));
    });
  };

  SearchBox.prototype.countText = function (count) {
    var form = 'other';
    try { form = new Intl.PluralRules(this.lang).select(count); } catch (e) { /* old browser: "other" */ }
    return this.label('count-' + form, count) || this.label('count-other', count);
  };

  /* The live region; counts wait until typing pauses so a screen reader is not interrupted per key. */
  SearchBox.prototype.announce = function (text, delay) {
    var status = this.status;
    clearTimeout(this.statusTimer);
    var show = function () { if (status.textContent !== text) status.textContent = text; };
    if (delay) this.statusTimer = setTimeout(show, delay);
    else show();
  };

  SearchBox.prototype.render = function (result) {
    var list = this.list, self = this;
    var indexHtml = this.form.hasAttribute('data-index-html') || (root.location && root.location.protocol === 'file:');
    list.textContent = '';
    this.items = result.items.map(function (item, i) {
      var id = list.id + '-' + i;
      var a = document.createElement('a');
      a.id = id;
      a.className = 'search-result';
      a.href = root.CourseSearch.resultHref(this.base, this.lang, item.url, indexHtml);
      a.tabIndex = -1;
      a.setAttribute('role', 'option');
      a.setAttribute('aria-selected', 'false');
      a.appendChild(span('search-result-heading', item.heading));
      var context = [item.chapter, item.title === item.heading ? '' : item.title]
        .filter(function (text, i, all) { return text && all.indexOf(text) === i; }).join(' · ');
      a.appendChild(span('search-result-context', context));
      var snippetSpan = span('search-result-snippet', '');
      item.snippet.forEach(function (part) {
        var node = part.mark ? document.createElement('mark') : document.createTextNode(part.text);
        if (part.mark) node.textContent = part.text;
        snippetSpan.appendChild(node);
      });
      a.appendChild(snippetSpan);
      if (item.kind === 'definition') a.insertBefore(span('search-result-kind', this.label('definition')), a.firstChild);
      a.setAttribute('data-kind', item.kind);
      a.searchTerms = item.terms;
      list.appendChild(a);
      return a;
    }, this);
    if (result.total > result.items.length) {
      /* the rest on demand: "show all N results" as the list's last option */
      var more = document.createElement('a');
      more.id = list.id + '-more';
      more.className = 'search-result search-more';
      more.href = '#';
      more.tabIndex = -1;
      more.setAttribute('role', 'option');
      more.setAttribute('aria-selected', 'false');
      more.setAttribute('data-search-more', '');
      more.textContent = this.label('more', result.total);
      /* the list is redrawn under the click: it must not reach the document's click-outside handler */
      more.addEventListener('click', function (e) { e.preventDefault(); e.stopPropagation(); self.expand(); });
      list.appendChild(more);
      this.items.push(more);
    }
    this.select(-1);
    this.setOpen(this.items.length > 0);
  };

  function span(className, text) {
    var el = document.createElement('span');
    el.className = className;
    el.textContent = text;
    return el;
  }

  SearchBox.prototype.setOpen = function (open) {
    this.list.hidden = !open;
    this.input.setAttribute('aria-expanded', open ? 'true' : 'false');
  };

  SearchBox.prototype.close = function () {
    this.select(-1);
    this.setOpen(false);
  };

  SearchBox.prototype.select = function (index) {
    if (this.items[this.active]) this.items[this.active].setAttribute('aria-selected', 'false');
    this.active = index;
    var item = this.items[index];
    if (item) {
      item.setAttribute('aria-selected', 'true');
      this.input.setAttribute('aria-activedescendant', item.id);
      if (item.scrollIntoView) item.scrollIntoView({ block: 'nearest' });
    } else {
      this.input.removeAttribute('aria-activedescendant');
    }
  };

  SearchBox.prototype.move = function (step) {
    var count = this.items.length;
    if (count === 0) return;
    if (this.list.hidden) { this.setOpen(true); }
    this.select(this.active < 0 ? (step > 0 ? 0 : count - 1) : (this.active + step + count) % count);
  };

  /* Every result: the list grows in place, the option that was "show all" becomes the 11th result. */
  SearchBox.prototype.expand = function () {
    var next = this.items.length - 1;
    this.showAll = true;
    this.update();
    this.input.focus();
    this.select(Math.min(next, this.items.length - 1));
  };

  SearchBox.prototype.go = function () {
    var item = this.items[this.active >= 0 ? this.active : 0];
    if (!item) return;
    if (item.hasAttribute('data-search-more')) { this.expand(); return; }
    rememberHighlight(item);
    root.location.assign(item.href);
  };

  SearchBox.prototype.onKey = function (e) {
    if (e.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'Down') { e.preventDefault(); this.move(1); }
    else if (e.key === 'ArrowUp' || e.key === 'Up') { e.preventDefault(); this.move(-1); }
    else if (e.key === 'Enter') {
      e.preventDefault();
      if (this.active < 0) { clearTimeout(this.timer); this.update(); }
      this.go();
    }
    else if (e.key === 'Escape' || e.key === 'Esc') {
      if (!this.list.hidden) { e.preventDefault(); this.close(); }
    }
  };

  /* ---- Highlighting the matched words on the page a result opens (dismissable). ---- */

  var HIGHLIGHT_KEY = 'course:search-highlight';

  function pagePath(href) {
    try { return new URL(href, root.location.href).pathname.replace(/index\.html$/, ''); } catch (e) { return null; }
  }

  function rememberHighlight(link) {
    try {
      if (link.searchTerms && link.searchTerms.length) {
        root.sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path: pagePath(link.href), terms: link.searchTerms }));
      }
    } catch (e) { /* storage blocked: no highlighting */ }
  }

  function highlight(rootNode, isMatch) {
    var walker = document.createTreeWalker(rootNode, 4 /* NodeFilter.SHOW_TEXT */), nodes = [], n, count = 0;
    while ((n = walker.nextNode())) {
      if (!n.parentNode.closest('script, style, mark, button, .search, [data-search-highlight-bar]')) nodes.push(n);
    }
    nodes.forEach(function (node) {
      var parts = node.nodeValue.split(/([^\s\-–—.,;:!?«»"()\[\]]+)/);
      if (!parts.some(function (p, i) { return i % 2 === 1 && isMatch(p); })) return;
      var frag = document.createDocumentFragment();
      parts.forEach(function (p, i) {
        if (i % 2 === 1 && isMatch(p)) {
          var mark = document.createElement('mark');
          mark.className = 'search-highlight';
          mark.textContent = p;
          frag.appendChild(mark);
          count++;
        } else if (p) frag.appendChild(document.createTextNode(p));
      });
      node.parentNode.replaceChild(frag, node);
    });
    return count;
  }

  function clearHighlight(rootNode, bar) {
    Array.prototype.slice.call(rootNode.querySelectorAll('mark.search-highlight')).forEach(function (mark) {
      mark.parentNode.replaceChild(document.createTextNode(mark.textContent), mark);
    });
    rootNode.normalize();
    if (bar && bar.parentNode) bar.parentNode.removeChild(bar);
  }

  function applyPendingHighlight(form) {
    var saved;
    try { saved = JSON.parse(root.sessionStorage.getItem(HIGHLIGHT_KEY) || 'null'); root.sessionStorage.removeItem(HIGHLIGHT_KEY); } catch (e) { return; }
    var content = document.querySelector('main .content') || document.querySelector('main');
    if (!saved || !content || saved.path !== pagePath(root.location.href)) return;
    var base = form.getAttribute('data-base') || '';
    loadLanguage(form).then(function (language) {
      return loadAll(base, formScripts(form, 'data-query')).then(function () { return language; });
    }).then(function (language) {
      var count = highlight(content, root.CourseSearch.termMatcher(saved.terms, language.stem, language.fold));
      if (!count) return;
      var bar = document.createElement('p');
      bar.className = 'search-highlight-bar';
      bar.setAttribute('data-search-highlight-bar', '');
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'search-highlight-clear';
      button.setAttribute('data-search-highlight-clear', '');
      button.textContent = form.getAttribute('data-label-' + 'unhighlight') || '×';
      button.addEventListener('click', function () { clearHighlight(content, bar); });
      bar.appendChild(button);
      content.insertBefore(bar, content.firstChild);
    }).catch(function () { /* no stemmer: no highlighting */ });
  }

  if (typeof document !== 'undefined') {
    var start = function () {
      var forms = document.querySelectorAll('form.search[data-lang]');
      for (var i = 0; i < forms.length; i++) {
        if (forms[i].querySelector('input[type="search"]') && !forms[i].courseSearch) forms[i].courseSearch = new SearchBox(forms[i]);
      }
      if (forms.length) applyPendingHighlight(forms[0]);
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
    else start();
  }

  (root.CourseSearch || (root.CourseSearch = {})).loadLanguage = loadLanguage;
})(window);
