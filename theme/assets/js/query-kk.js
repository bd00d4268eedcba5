/*
 * What a Kazakh query may look like besides proper Kazakh, for search-query.js (CourseQuery.kk): the
 * letters a Russian keyboard lacks (unfold: кылмыстын may be қылмыстың), Latin script (the 2021
 * alphabet and informal transliteration, to Cyrillic without the Kazakh letters, which unfold then
 * restores), a query typed on the wrong layout (layout: 'jcuken', read by search-query.js), and question frames («… дегеніміз не»).
 * Query side only: the index is never built from these (docs/search.md, "Forgiving queries").
 */
(function (root) {
  'use strict';

  var KAZAKH_ONLY = /[әғқңөұүһі]/;
  var FOLDABLE = /^[а-яё]+$/;
  var UNFOLD = { 'а': 'аә', 'г': 'гғ', 'к': 'кқ', 'н': 'нң', 'о': 'оө', 'у': 'уұү', 'х': 'хһ', 'и': 'иі' };
  var MAX_UNFOLDINGS = 512;

  /* Every spelling of a word typed without Kazakh letters that folds back to it (кылмыс → қылмыс, …),
     the word itself first; unfolded from the end (suffixes and vowel harmony decide the stem), and
     the first letters left as typed when there would be more than MAX_UNFOLDINGS. */
  function unfold(word) {
    if (KAZAKH_ONLY.test(word) || !FOLDABLE.test(word)) return [word];
    var out = [''];
    for (var i = word.length - 1; i >= 0; i--) {
      var c = word.charAt(i), options = UNFOLD[c] || c;
      if (out.length * options.length > MAX_UNFOLDINGS) options = c;
      var next = [];
      for (var o = 0; o < options.length; o++) {
        for (var j = 0; j < out.length; j++) next.push(options.charAt(o) + out[j]);
      }
      out = next;
    }
    return out;
  }

  /* Latin → Cyrillic as typed on a Russian keyboard (Kazakh letters folded: қ → к), for the 2021
     Latin alphabet (ä ğ ı i ñ ö ş ū ü q), its 2017–2018 forms (á ǵ ń ó ú ý, sh, ch) and informal
     transliteration (kh zh sh ch ya yu yo gh ts, q, w, x). y is ы, й or и: each gives a candidate. */
  var LATIN_PAIRS = [
    ['shch', 'щ'], ['sch', 'щ'], ['zh', 'ж'], ['kh', 'х'], ['sh', 'ш'], ['ch', 'ч'], ['gh', 'г'], ['ts', 'ц'],
    ['ya', 'я'], ['yu', 'ю'], ['yo', 'е'], ['ye', 'е'], ['ja', 'я'], ['ju', 'ю']
  ];
  var LATIN_LETTERS = {
    a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'ж', k: 'к', l: 'л', m: 'м',
    n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'у', x: 'х', z: 'з',
    'ä': 'а', 'á': 'а', 'ğ': 'г', 'ǵ': 'г', 'ı': 'ы', 'ñ': 'н', 'ń': 'н', 'ö': 'о', 'ó': 'о', 'ş': 'ш',
    'ç': 'ч', 'ū': 'у', 'ü': 'у', 'ú': 'у', 'ý': 'й', 'é': 'е', 'í': 'и'
  };
  var Y_OPTIONS = 'ыйи';

  function latin(word) {
    if (!/^[a-zäáğǵıñńöóşçūüúýéí']+$/.test(word)) return [];
    var out = [''];
    for (var i = 0; i < word.length;) {
      var pair = null;
      for (var p = 0; p < LATIN_PAIRS.length && !pair; p++) {
        if (word.lastIndexOf(LATIN_PAIRS[p][0], i) === i) pair = LATIN_PAIRS[p];
      }
      var options;
      if (pair) { options = pair[1]; i += pair[0].length; }
      else {
        var c = word.charAt(i++);
        options = c === 'y' ? Y_OPTIONS : c === '\'' ? '' : (LATIN_LETTERS[c] || '');
      }
      var next = [];
      if (options === '') next = out;
      for (var o = 0; o < options.length; o++) {
        for (var j = 0; j < out.length && next.length < 64; j++) next.push(out[j] + options.charAt(o));
      }
      out = next;
    }
    return out;
  }

  /* Question frames: the words that only ask («… дегеніміз не?», «… деген не», «не деген …»). */
  var FRAMES = [
    /^(.+?)\s+(дегеніміз|деген|дегенді|дегеннің|дегеніміз\s+не|деген\s+не|дегеніміз\s+кім|деген\s+кім|деп\s+аталады)(\s+(не|кім|қандай|ма|ме))?[\s?!.]*$/,
    /^(.+?)\s+(дегенді\s+)?(қалай\s+)?(түсіндір|түсіндіріңіз|анықта|анықтаңыз)[\s?!.]*$/,
    /^(не|кім)\s+деген\s+(.+?)[\s?!.]*$/,
    /^(.+?)\s+(не|кім)\s*\?+$/,
    /^(.+?)\s+(ұғымы|анықтамасы)\s+(қандай|не)[\s?!.]*$/
  ];

  function frame(query) {
    var q = String(query).toLowerCase();
    for (var i = 0; i < FRAMES.length; i++) {
      var m = FRAMES[i].exec(q);
      if (m) {
        var subject = i === 2 ? m[2] : m[1];
        if (subject && /\S/.test(subject)) return subject.trim();
      }
    }
    return null;
  }

  var query = root.CourseQuery || {};
  query.kk = { unfold: unfold, latin: latin, layout: 'jcuken', frame: frame };
  root.CourseQuery = query;
})(typeof window !== 'undefined' ? window : this);
