/*
 * What a Russian query may look like besides proper Russian, for search-query.js (CourseQuery.ru):
 * transliteration into Latin (prestuplenie, moshennichestvo), a query typed on the wrong layout,
 * and question frames («что такое …»); layout: 'jcuken' asks search-query.js to read a Latin-layout word
 * as ЙЦУКЕН. Query side only (docs/search.md, "Forgiving queries").
 */
(function (root) {
  'use strict';

  var LATIN_PAIRS = [
    ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['sh', 'ш'], ['ch', 'ч'], ['ts', 'ц'], ['tz', 'ц'],
    ['ya', 'я'], ['ja', 'я'], ['yu', 'ю'], ['ju', 'ю'], ['yo', 'е'], ['jo', 'е'], ['ye', 'е'], ['iy', 'ий'], ['yy', 'ый'], ['y', 'ы']
  ];
  var LATIN_LETTERS = {
    a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'й', k: 'к', l: 'л', m: 'м',
    n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', z: 'з', '\'': 'ь'
  };

  function latin(word) {
    if (!/^[a-z']+$/.test(word)) return [];
    var out = '';
    for (var i = 0; i < word.length;) {
      var pair = null;
      for (var p = 0; p < LATIN_PAIRS.length && !pair; p++) {
        if (word.lastIndexOf(LATIN_PAIRS[p][0], i) === i) pair = LATIN_PAIRS[p];
      }
      if (pair) { out += pair[1]; i += pair[0].length; }
      else out += LATIN_LETTERS[word.charAt(i++)] || '';
    }
    return [out];
  }

  var FRAMES = [
    /^(что\s+(такое|означает|значит|есть)|кто\s+(такой|такая|такие|такое)|определение|понятие|дайте\s+определение)\s+(.+?)[\s?!.]*$/,
    /^(.+?)\s*(—|-|–)?\s*(это\s+)?(что\s+(такое|это)|кто\s+это|это\s+что)[\s?!.]*$/
  ];

  function frame(query) {
    var q = String(query).toLowerCase();
    var m = FRAMES[0].exec(q);
    if (m) return m[4].trim();
    m = FRAMES[1].exec(q);
    return m ? m[1].trim() : null;
  }

  var query = root.CourseQuery || {};
  query.ru = { latin: latin, layout: 'jcuken', frame: frame };
  root.CourseQuery = query;
})(typeof window !== 'undefined' ? window : this);
