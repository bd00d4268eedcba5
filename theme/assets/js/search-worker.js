/*
 * A big course's split index searched off the main thread (search-box.js starts this worker; not from
 * file://, where Chromium refuses workers and the page loads the parts itself). The worker loads lunr.js,
 * the language's scripts and search-query.js, gets the index's manifest from the page, then loads the
 * parts each query needs, rebuilds lunr's index from them (CourseSearch.SplitData) and answers with the
 * results as plain data: parsing the parts and rebuilding the index no longer hold up typing.
 */
'use strict';
var window = self; /* the scripts, index.js and its parts register on window */
var split = null;
var partsBase = '';

/* At most this many rounds of loading per query: term parts, then store parts. */
var MAX_ROUNDS = 4;

self.onmessage = function (event) {
  var message = event.data || {};
  try {
    if (message.type === 'start') start(message);
    else if (message.type === 'search') self.postMessage({ type: 'result', id: message.id, result: search(message.query, message.max) });
  } catch (e) {
    self.postMessage({ type: 'failed', id: message.id, error: String(e && e.message || e) });
  }
};

/* message: { lang, scripts: absolute URLs, parts: the URL of search/<lang>/, data: the registered manifest, fold } */
function start(message) {
  importScripts.apply(self, message.scripts);
  partsBase = message.parts;
  var data = message.data;
  self.CourseSearchData.register(message.lang, data.index, data.store, data.extras);
  split = new self.CourseSearch.SplitData(message.lang, self.CourseSearchData.languages[message.lang], {
    lunr: self.lunr,
    fold: message.fold && self.CourseFold ? self.CourseFold.fold : null,
    helpers: (self.CourseQuery || {})[message.lang]
  });
  self.postMessage({ type: 'ready' });
}

function search(query, max) {
  var attempt = split.attempt(query, max);
  for (var round = 0; attempt.need && round < MAX_ROUNDS; round++) {
    importScripts.apply(self, attempt.need.map(function (path) { return partsBase + path + '.js'; }));
    attempt = split.attempt(query, max);
  }
  if (attempt.need) throw new Error('parts still missing: ' + attempt.need.join(' '));
  return attempt.result;
}
