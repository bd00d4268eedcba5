/* The browser editor (Decap CMS) for authors. The preview pane uses the site's own CSS, so a
   section looks as it will on the site. Decap reads config.yml, which `course build` generates.
   Decap renders Markdown with its own parser, which knows nothing of the course's extensions, so the
   page previews tidy its output the way the build renders the same source: `{#id}` after a heading
   becomes the heading's id, and a `> [!NOTE]` quote becomes the titled box (titles from preview.json,
   the site's UI strings). Charts and glossary links stay as written: the build draws them. */
(function () {
  'use strict';
  var CMS = window.CMS;
  if (!CMS) { return; }
  CMS.registerPreviewStyle('../assets/css/site.css');

  var HEADING_ID = /\s*\{#([^\s{}]+)\}\s*$/;
  var ALERT = /^\s*\[!([A-Za-z]+)\]\s*/;

  /* The entry's language: the language folder in its path (input/kk/…), else the editor's default. */
  function languageOf(entry, strings) {
    var parts = String(entry.get('path') || '').split('/');
    for (var i = 0; i < parts.length; i++) {
      if (strings.alerts[parts[i]]) { return parts[i]; }
    }
    return strings.defaultLanguage;
  }

  function tidyHeadings(root) {
    root.querySelectorAll('h1, h2, h3, h4, h5, h6').forEach(function (heading) {
      var last = heading.lastChild;
      var match = last && last.nodeType === 3 ? HEADING_ID.exec(last.nodeValue) : null;
      if (!match) { return; }
      last.nodeValue = last.nodeValue.slice(0, match.index);
      heading.id = match[1];
    });
  }

  function tidyAlerts(root, titles) {
    root.querySelectorAll('blockquote').forEach(function (quote) {
      var first = quote.firstElementChild;
      var text = first && first.tagName === 'P' ? first.firstChild : null;
      var match = text && text.nodeType === 3 ? ALERT.exec(text.nodeValue) : null;
      var kind = match ? match[1].toLowerCase() : '';
      if (!titles[kind]) { return; }
      var box = quote.ownerDocument.createElement('div');
      box.className = 'markdown-alert markdown-alert-' + kind;
      var title = quote.ownerDocument.createElement('p');
      title.className = 'markdown-alert-title';
      title.textContent = titles[kind];
      box.appendChild(title);
      text.nodeValue = text.nodeValue.slice(match[0].length);
      if (!first.textContent.trim() && !first.querySelector('img')) { quote.removeChild(first); }
      while (quote.firstChild) { box.appendChild(quote.firstChild); }
      quote.parentNode.replaceChild(box, quote);
    });
  }

  function pagePreview(strings) {
    return window.createClass({
      componentDidMount: function () {
        var self = this;
        // Decap fills the body widget after this component renders, and again on every keystroke.
        this.observer = new MutationObserver(function () { self.tidy(); });
        this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
        this.tidy();
      },
      componentWillUnmount: function () { this.observer.disconnect(); },
      tidy: function () {
        var titles = strings.alerts[languageOf(this.props.entry, strings)] || {};
        this.observer.disconnect();
        tidyHeadings(this.root);
        tidyAlerts(this.root, titles);
        this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
      },
      render: function () {
        var self = this;
        var h = window.h;
        return h('main', { className: 'page-body', 'data-editor-preview': '', ref: function (el) { self.root = el; } },
          h('h1', null, this.props.entry.getIn(['data', 'title'])),
          this.props.widgetFor('body'));
      }
    });
  }

  // config.yml is written as JSON (a subset of YAML) under a comment line, so no YAML parser is needed.
  function json(url) {
    return fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { throw new Error(url + ': ' + response.status); }
      return response.text();
    }).then(function (text) { return JSON.parse(text.replace(/^#.*$/gm, '')); });
  }

  Promise.all([json('config.yml'), json('preview.json')]).then(function (loaded) {
    var preview = pagePreview(loaded[1]);
    loaded[0].collections.forEach(function (collection) {
      if (collection.extension === 'md') { CMS.registerPreviewTemplate(collection.name, preview); }
    });
  }).catch(function (error) {
    // Without the templates Decap falls back to its plain preview; editing is unaffected.
    window.console.warn('Course editor: plain preview (' + error.message + ')');
  });
})();
