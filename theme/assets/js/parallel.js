/* Parallel reading (kk|ru): the [data-parallel-toggle] button fetches the twin page (the language
   switch's link) and shows its text beside each block on wide screens, under it on phones. Blocks are
   aligned by headings (translations keep the page's structure; heading ids differ, positions do not),
   and paragraph by paragraph where a section has as many blocks in both languages. The twin's ids are
   dropped (one id per page) and its part carries its own lang. */
(function (root) {
  'use strict';

  var HEADING = /^H[23]$/;

  /* The blocks of a page's text grouped by heading: [ [blocks before the first heading], [h, blocks...], ... ]. */
  function segments(container) {
    var result = [[]];
    Array.prototype.forEach.call(container.children, function (child) {
      if (HEADING.test(child.tagName)) result.push([]);
      result[result.length - 1].push(child);
    });
    return result;
  }

  // The end-of-section markers of progress.js stay in the reader's own column, after the block before them.
  function isMarker(node) { return node.classList.contains('section-end'); }

  function row(className) {
    var div = document.createElement('div');
    div.className = className;
    return div;
  }

  function withoutIds(node) {
    if (node.removeAttribute) {
      ['id', 'aria-describedby', 'aria-controls', 'aria-labelledby', 'for'].forEach(function (name) { node.removeAttribute(name); });
    }
    Array.prototype.forEach.call(node.querySelectorAll ? node.querySelectorAll('[id], [aria-describedby], [aria-controls], [aria-labelledby], label[for]') : [], withoutIds);
    return node;
  }

  function start() {
    var button = document.querySelector('[data-parallel-toggle]');
    var body = document.querySelector('[data-page-body]');
    var twinLink = document.querySelector('.lang-switch[href]');
    if (!button || !body || !twinLink) return;
    var twinLang = twinLink.getAttribute('hreflang');
    var status = document.createElement('span');
    status.className = 'parallel-status';
    status.setAttribute('role', 'status');
    button.parentNode.appendChild(status);
    var original = null;
    var twinBody = null;

    function load() {
      if (twinBody) return Promise.resolve(twinBody);
      status.textContent = button.getAttribute('data-loading');
      return fetch(twinLink.href.split('#')[0]).then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      }).then(function (text) {
        var page = new DOMParser().parseFromString(text, 'text/html');
        twinBody = page.querySelector('[data-page-body]');
        if (!twinBody) throw new Error('no text');
        status.textContent = '';
        return twinBody;
      });
    }

    function twinBlock(nodes) {
      var div = row('parallel-twin');
      div.setAttribute('lang', twinLang);
      nodes.forEach(function (node) { div.appendChild(withoutIds(document.importNode(node, true))); });
      return div;
    }

    function open(twin) {
      original = Array.prototype.slice.call(body.childNodes);
      var own = segments(body);
      var other = segments(twin);
      var view = document.createDocumentFragment();
      own.forEach(function (segment, i) {
        var blocks = segment.filter(function (node) { return !isMarker(node); });
        var markers = segment.filter(isMarker);
        var theirs = (other[i] || []).filter(function (node) { return !isMarker(node); });
        var perBlock = blocks.length === theirs.length;
        var groups = perBlock ? blocks.map(function (b, j) { return [[b], [theirs[j]]]; }) : [[blocks, theirs]];
        if (groups.length) groups[groups.length - 1][0] = groups[groups.length - 1][0].concat(markers);
        groups.forEach(function (group) {
          if (!group[0].length && !group[1].length) return;
          var pair = row('parallel-row');
          var mine = row('parallel-own');
          group[0].forEach(function (node) { mine.appendChild(node); });
          pair.appendChild(mine);
          pair.appendChild(twinBlock(group[1]));
          view.appendChild(pair);
        });
      });
      body.appendChild(view);
      body.classList.add('parallel');
      document.documentElement.classList.add('parallel-reading');
      button.setAttribute('aria-pressed', 'true');
    }

    function close() {
      body.textContent = '';
      original.forEach(function (node) { body.appendChild(node); });
      original = null;
      body.classList.remove('parallel');
      document.documentElement.classList.remove('parallel-reading');
      button.setAttribute('aria-pressed', 'false');
    }

    button.addEventListener('click', function () {
      if (original) {
        close();
        return;
      }
      var heading = root.CourseSite ? root.CourseSite.currentHeading() : null;
      load().then(function (twin) {
        open(twin);
        if (heading) heading.scrollIntoView();
      }, function () {
        status.textContent = button.getAttribute('data-failed');
      });
    });
  }

  if (typeof document !== 'undefined') start();
})(typeof window !== 'undefined' ? window : this);
