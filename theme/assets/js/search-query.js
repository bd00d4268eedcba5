/*
 * Course search, the query logic: normalising, the index's Vocabulary, buildQuery (folded, Latin,
 * typo and wrong-layout readings), Searcher, the split index (SplitData), snippets, heading ids and
 * result links. No DOM: the Jint tests load this file with lunr.js and an index, and search-box.js
 * loads it on first use. index.js files register with CourseSearchData. Index format: docs/search.md.
 */
(function (root) {
  'use strict';

  var BOOST = { exact: 10, folded: 4, fallback: 2, typo: 1.5, layout: 1.5, synonym: 4, prefix: 1 };
  var MAX_TYPO_TERMS = 3;
  var QUESTION_SECTIONS = 5;
  var MAX_TYPED_PARTS = 4;
  var SPLIT_STORE_MARGIN = 10;
  var PROXIMITY = 1.3;
  var LOOKALIKES = { a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у' };
  var MIN_PREFIX = 2;
  var MIN_FALLBACK = 3;
  var MAX_FOLDED_PREFIX_TERMS = 30;
  var SNIPPET_WORDS = 28;
  var MAX_RESULTS = 10;
  var SNIPPET_LEAD = 8;
  var SEPARATOR = /[\s\-]+/;
  var IGNORED = /[\u00AD\u200B-\u200D\u2060]/g;

  var trimWord = (function () {
    try {
      var start = new RegExp('^[^\\p{L}\\p{M}\\p{N}]+', 'u');
      var end = new RegExp('[^\\p{L}\\p{M}\\p{N}]+$', 'u');
      return function (w) { return w.replace(start, '').replace(end, ''); };
    } catch (e) {
      return function (w) { return w.replace(/^[^0-9a-z\u00C0-\u024F\u0400-\u04FF]+|[^0-9a-z\u00C0-\u024F\u0400-\u04FF]+$/g, ''); };
    }
  })();

  /* Text as the index saw it: NFC, no soft hyphens or zero-width characters, lowercase. */
  function normalize(text) {
    var s = String(text == null ? '' : text);
    if (s.normalize) s = s.normalize('NFC');
    return s.replace(IGNORED, '').toLowerCase();
  }

  /* The query's words, trimmed like the index's tokens; '*' is lunr's wildcard, so it goes. */
  function queryWords(text) {
    return normalize(text).split(SEPARATOR)
      .map(function (w) { return trimWord(w.replace(/\*/g, '')); })
      .filter(function (w) { return w.length > 0; });
  }

  function unique(list) {
    var seen = Object.create(null);
    return list.filter(function (x) { return x && !seen[x] && (seen[x] = true); });
  }

  /* The index's terms, also grouped by their keyboard-folded form (қылмыс under кылмыс), so queries
     typed without Kazakh letters find the words with no extra data in the index. Without folding
     the groups are the terms themselves (prefix and typo lookups use them). */
  function Vocabulary(invertedIndex, fold) {
    this.terms = invertedIndex;
    fold = fold || function (s) { return s; };
    this.fold = fold;
    this.byFold = Object.create(null);
    var keys = Object.keys(invertedIndex);
    for (var i = 0; i < keys.length; i++) {
      var f = fold(keys[i]);
      (this.byFold[f] || (this.byFold[f] = [])).push(keys[i]);
    }
    this.foldedKeys = Object.keys(this.byFold).sort();
  }

  Vocabulary.prototype.has = function (term) { return term in this.terms; };

  Vocabulary.prototype.unfold = function (folded) { return this.byFold[folded] || []; };

  /* Real terms whose folded form starts with the folded prefix (binary search in the sorted keys). */
  Vocabulary.prototype.unfoldPrefix = function (prefix, max) {
    var keys = this.foldedKeys, lo = 0, hi = keys.length, out = [];
    while (lo < hi) { var mid = (lo + hi) >> 1; if (keys[mid] < prefix) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < keys.length && keys[i].lastIndexOf(prefix, 0) === 0 && out.length < max; i++) {
      out.push.apply(out, this.byFold[keys[i]]);
    }
    return out.slice(0, max);
  };

  /* Terms within the edit distance (adjacent swaps count 1) of the folded word: the closest ones, at
     most MAX_TYPO_TERMS, the most used first. Only keys of about the same length are compared. */
  Vocabulary.prototype.near = function (word, maxDistance) {
    var keys = this.foldedKeys, best = maxDistance + 1, found = [];
    for (var i = 0; i < keys.length; i++) {
      var key = keys[i];
      if (Math.abs(key.length - word.length) > maxDistance || key.length < 3) continue;
      var d = editDistance(word, key, best);
      if (d < best) { best = d; found = []; }
      if (d === best) found.push.apply(found, this.byFold[key]);
    }
    var terms = this.terms;
    function uses(t) { var p = terms[t], n = 0; for (var f in p) if (f !== '_index') n += Object.keys(p[f]).length; return n; }
    return best > maxDistance ? [] : found.sort(function (a, b) { return uses(b) - uses(a) || (a < b ? -1 : 1); }).slice(0, MAX_TYPO_TERMS);
  };

  /* Optimal string alignment distance, giving up above max (returns max + 1). */
  function editDistance(a, b, max) {
    var prev2 = null, prev = [], i, j;
    for (j = 0; j <= b.length; j++) prev.push(j);
    for (i = 1; i <= a.length; i++) {
      var row = [i], low = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
        var v = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a.charAt(i - 1) === b.charAt(j - 2) && a.charAt(i - 2) === b.charAt(j - 1)) v = Math.min(v, prev2[j - 2] + 1);
        row.push(v);
        if (v < low) low = v;
      }
      if (low > max) return max + 1;
      prev2 = prev; prev = row;
    }
    return prev[b.length];
  }

  /* Latin look-alike letters inside a Cyrillic word (a Latin «е» in «кибeр»): as the Cyrillic letters. */
  /* A word typed with the Latin layout on while a Cyrillic one was meant (rskvsc → кылмыс): the
     language scripts ask for it with layout: 'jcuken' (one place for both Cyrillic languages). */
  var QWERTY = 'qwertyuiop[]asdfghjkl;\'zxcvbnm,.`';
  var JCUKEN = 'йцукенгшщзхъфывапролджэячсмитьбюё';
  var LAYOUTS = {
    jcuken: function (word) {
      var out = '';
      for (var i = 0; i < word.length; i++) {
        var k = QWERTY.indexOf(word.charAt(i));
        if (k < 0) return null;
        out += JCUKEN.charAt(k);
      }
      return out;
    }
  };

  function layoutOf(helpers) {
    return typeof helpers.layout === 'function' ? helpers.layout : LAYOUTS[helpers.layout] || null;
  }

  function cyrillicLookalikes(word) {
    if (!/[a-z]/.test(word) || !/[\u0400-\u04ff]/.test(word)) return word;
    return word.replace(/[a-z]/g, function (c) { return LOOKALIKES[c] || c; });
  }

  /*
   * Turns what the user typed into lunr clauses, all with usePipeline:false on terms we computed:
   * - exact: the stems of each word (boost 10);
   * - folded: index terms whose folded form equals a folded stem of the word (boost 4);
   * - fallback, when neither exists: the longest index term the word starts with, at least half
   *   the word or 5 letters (boost 2);
   * - prefix, for the word being typed (no space after it): a trailing wildcard on the raw word,
   *   plus the terms whose folded form starts with it (boost 1).
   * Stop words are skipped unless they are being typed. A word that still finds nothing is tried as
   * Latin script, with an edit distance (typo), and typed on the wrong keyboard layout, in that
   * order, each weaker than a real match (docs/search.md, "Forgiving queries"). ctx: { stem(word) →
   * [stems], fold, vocab, isStopWord(word), fields, foldedField, helpers: CourseQuery.<lang>, synonyms }.
   */
  function buildQuery(input, ctx) {
    var words = queryWords(input);
    var typing = words.length > 0 && !/[\s\-]$/.test(String(input));
    var boosts = Object.create(null), order = [], prefixes = [];
    var fold = ctx.fold, vocab = ctx.vocab;

    function add(term, boost) {
      if (!(term in boosts)) order.push(term);
      if (!(boosts[term] >= boost)) boosts[term] = boost;
    }

    var helpers = ctx.helpers || {};
    words.forEach(function (word, i) {
      var isTyped = typing && i === words.length - 1;
      word = cyrillicLookalikes(word);
      var stop = ctx.isStopWord(word);
      if (stop && !isTyped) return;
      /* the course's synonyms count as real matches: a word that has them is no typo */
      var synonym = false;
      (ctx.synonyms ? ctx.synonyms(word) : []).forEach(function (other) {
        queryWords(other).forEach(function (w) { if (resolve(w, BOOST.synonym, BOOST.synonym)) synonym = true; });
      });
      if (!stop) addWord(word, isTyped, synonym);
      if (isTyped && word.length >= MIN_PREFIX) {
        prefixes.push(word);
        vocab.unfoldPrefix(fold ? fold(word) : word, MAX_FOLDED_PREFIX_TERMS).forEach(function (t) {
          if (t.lastIndexOf(word, 0) !== 0) add(t, BOOST.prefix);
        });
      }
    });

    function addWord(word, isTyped, synonym) {
      if (resolve(word, BOOST.exact, BOOST.folded) || synonym) return;
      var latin = helpers.latin ? helpers.latin(word) : [];
      for (var i = 0; i < latin.length; i++) {
        if (resolve(latin[i], BOOST.folded, BOOST.folded)) return;
      }
      /* the beginning of an index term (алая, кибер) is no typo: the word being typed gets its completions */
      if (!completes(word) && addTypo(latin.length ? latin : [word])) return;
      if (addFallback(word)) return;
      var layout = layoutOf(helpers), other = layout ? layout(word) : null;
      if (other && resolve(other, BOOST.layout, BOOST.layout)) return;
      if (other && !isTyped) addTypo([other]);
    }

    /* The word being typed may be the start of an index term: then it is no typo. */
    function completes(word) {
      return vocab.unfoldPrefix(fold ? fold(word) : word, 1).length > 0;
    }

    /* Exact stems, then (with folding) the spelling with Kazakh letters whose stemmer strips most
       (кылмыстын → қылмыстың → қылм), or else terms that fold like the word's stems. */
    function resolve(word, exactBoost, foldedBoost) {
      var stems = unique(ctx.stem(word)), found = false;
      stems.forEach(function (s) { if (vocab.has(s)) { add(s, exactBoost); found = true; } });
      if (!fold) return found;
      var unfolded = !found && helpers.unfold ? helpers.unfold(word) : [];
      if (unfolded.length > 1) {
        var best = [];
        unfolded.forEach(function (candidate) {
          ctx.stem(candidate).forEach(function (s) {
            if (!vocab.has(s) || (best.length && s.length > best[0].length)) return;
            if (best.length && s.length < best[0].length) best = [];
            if (best.indexOf(s) < 0) best.push(s);
          });
        });
        if (best.length) { best.forEach(function (t) { add(t, foldedBoost); }); return true; }
      }
      var folded = unique(stems.concat(ctx.stem(fold(word)), [word]).map(fold));
      folded.forEach(function (f) {
        vocab.unfold(f).forEach(function (t) { add(t, foldedBoost); found = true; });
      });
      return found;
    }

    /* Index terms within 1 edit of the folded stem of a word of up to 6 letters, 2 of a longer one. */
    function addTypo(candidates) {
      var f = fold || function (x) { return x; };
      for (var i = 0; i < candidates.length; i++) {
        var word = candidates[i], max = word.length <= 6 ? 1 : 2;
        /* the stem, the word, and its beginnings: a slip in a suffix hides the stem from the stemmer */
        var heads = [];
        for (var len = word.length - 1; len >= Math.max(4, word.length - 4); len--) heads.push(word.slice(0, len));
        var keys = unique(ctx.stem(word).concat([word], heads).map(f));
        for (var k = 0; k < keys.length; k++) {
          var near = vocab.near(keys[k], max);
          if (near.length) { near.forEach(function (t) { add(t, BOOST.typo); }); return true; }
        }
      }
      return false;
    }

    function addFallback(word) {
      var folded = fold ? fold(word) : null;
      var shortest = Math.max(MIN_FALLBACK, Math.min(Math.ceil(word.length / 2), 5));
      for (var len = word.length; len >= shortest; len--) {
        var head = word.slice(0, len);
        if (vocab.has(head)) { add(head, BOOST.fallback); return true; }
        var terms = folded ? vocab.unfold(folded.slice(0, len)) : [];
        if (terms.length) { terms.forEach(function (t) { add(t, BOOST.fallback); }); return true; }
      }
      return false;
    }

    var clauses = order.map(function (term) {
      return { term: term, fields: ctx.fields, boost: boosts[term], usePipeline: false };
    });
    prefixes.forEach(function (p) {
      clauses.push({ term: p, fields: ctx.fields, boost: BOOST.prefix, usePipeline: false, wildcard: 2 });
    });
    if (ctx.foldedField && fold) {
      order.forEach(function (term) {
        clauses.push({ term: fold(term), fields: ['folded'], boost: 1, usePipeline: false });
      });
    }
    return clauses;
  }

  /* Splits text into words and separators, marking the words isMatch accepts, and keeps a window
     of about SNIPPET_WORDS words around the first match (or the beginning). */
  function snippet(text, isMatch, maxWords) {
    maxWords = maxWords || SNIPPET_WORDS;
    var parts = String(text).match(/[^\s\-]+|[\s\-]+/g) || [];
    var words = [], first = -1;
    for (var i = 0; i < parts.length; i++) {
      if (SEPARATOR.test(parts[i])) continue;
      var mark = isMatch(parts[i]);
      if (mark && first < 0) first = words.length;
      words.push({ index: i, mark: mark });
    }
    var from = Math.max(0, Math.min(first - SNIPPET_LEAD, words.length - maxWords));
    var to = Math.min(words.length, from + maxWords);
    if (words.length === 0) return [];
    var segments = [];
    if (from > 0) segments.push({ text: '… ', mark: false });
    for (var w = from; w < to; w++) {
      if (w > from) segments.push({ text: parts[words[w].index - 1], mark: false });
      segments.push({ text: parts[words[w].index], mark: words[w].mark });
    }
    if (to < words.length) segments.push({ text: ' …', mark: false });
    return segments;
  }

  /* Searches one language's registered data; stemming comes from the index's own search pipeline
     (stemmer-xx) and stop words from the filter the same script registers (stopWordFilter-xx). */
  function Searcher(data, env) {
    this.index = env.lunr.Index.load(data.index);
    this.store = data.store;
    this.fold = env.fold || null;
    this.vocab = new Vocabulary(this.index.invertedIndex, this.fold);
    this.fields = this.index.fields.filter(function (f) { return f !== 'folded'; });
    this.isStopWord = stopWordTest(env.lunr, data.index.pipeline);
    this.stems = Object.create(null);
    this.helpers = env.helpers || {};
    this.synonymsOf = synonymTable(data.extras && data.extras.synonyms, this.fold);
  }

  /* The course's synonyms (input/synonyms.yml): each word, folded, to the other words of its groups. */
  function synonymTable(groups, fold) {
    var key = fold || function (w) { return w; }, table = Object.create(null);
    (groups || []).forEach(function (group) {
      group.forEach(function (word) {
        var k = key(normalize(word));
        table[k] = unique((table[k] || []).concat(group.filter(function (other) { return other !== word; })));
      });
    });
    return function (word) { return table[key(word)] || []; };
  }

  /* The language's stop words: its script registers stopWordFilter-xx next to stemmer-xx, and a lunr
     stop-word filter returns nothing for a stop word. */
  function stopWordTest(lunr, pipeline) {
    /* stemmer-kk → stopWordFilter-kk; lunr's own English pair is stemmer → stopWordFilter */
    var label = String((pipeline || [])[0] || '').replace(/^stemmer/, 'stopWordFilter');
    var filter = lunr.Pipeline.registeredFunctions[label];
    return filter ? function (word) { return filter(word) === undefined; } : function () { return false; };
  }

  Searcher.prototype.stem = function (word) {
    var cached = this.stems[word];
    if (!cached) cached = this.stems[word] = this.index.pipeline.runString(word);
    return cached;
  };

  Searcher.prototype.buildQuery = function (input) {
    return buildQuery(input, {
      stem: this.stem.bind(this), fold: this.fold, vocab: this.vocab, isStopWord: this.isStopWord,
      fields: this.fields, foldedField: this.index.fields.indexOf('folded') >= 0,
      helpers: this.helpers, synonyms: this.synonymsOf
    });
  };

  /* Results best first: { ref, score, url (relative to the language root), heading, title, chapter,
     snippet, kind: 'definition' for a glossary entry, else 'section' }. A question («… дегеніміз не»,
     «что такое …») is searched for its subject, with the definition first; otherwise a definition
     comes after a section that matched the same words. max: how many items (all when 0). */
  Searcher.prototype.search = function (input, max) {
    return this.finish(this.hits(input), max);
  };

  /* lunr's hits for the query (or a question's subject), best first, before the course's ordering. */
  Searcher.prototype.hits = function (input) {
    var subject = this.helpers.frame ? this.helpers.frame(normalize(input)) : null;
    var query = subject ? subject + ' ' : input;
    var clauses = this.buildQuery(query);
    var hits = clauses.length === 0 ? [] : this.index.query(function (q) {
      clauses.forEach(function (c) { q.clause(Object.assign({}, c)); });
    });
    return { hits: hits, query: query, question: !!subject };
  };

  /* Proximity, definitions and questions, then the first max results described (all when 0). */
  Searcher.prototype.finish = function (found, max) {
    var self = this;
    var hits = found.hits.length ? this.order(this.proximity(found.hits, found.query), found.question) : [];
    return {
      total: hits.length,
      question: found.question,
      items: (max === 0 ? hits : hits.slice(0, max || 10)).map(function (hit) { return self.describe(hit); })
    };
  };

  /* Adjacent query words: a result whose heading or stored text has two of the query's words side by
     side, in the query's order (stop words between them do not count), scores PROXIMITY times its lunr
     score. The index holds no positions, so only the text the store keeps is read. */
  Searcher.prototype.proximity = function (hits, input) {
    var self = this, fold = this.fold || function (s) { return s; };
    var words = queryWords(input).map(cyrillicLookalikes).filter(function (w) { return !self.isStopWord(w); });
    if (words.length < 2 || hits.length === 0) return hits;
    var typing = !/[\s\-]$/.test(String(input));
    var wanted = words.map(function (word, i) {
      var terms = Object.create(null);
      self.buildQuery(word + ' ').forEach(function (c) { terms[c.term] = true; });
      return { terms: terms, prefix: typing && i === words.length - 1 ? fold(word) : null };
    });
    function matches(token, w) {
      var stems = self.stem(token);
      for (var k = 0; k < stems.length; k++) if (w.terms[stems[k]]) return true;
      return w.prefix !== null && fold(token).lastIndexOf(w.prefix, 0) === 0;
    }
    function adjacent(text) {
      var previous = [];
      var tokens = normalize(text).split(SEPARATOR);
      for (var t = 0; t < tokens.length; t++) {
        var token = trimWord(tokens[t]);
        if (!token) { previous = []; continue; }
        if (self.isStopWord(token)) continue;
        var current = [];
        for (var i = 0; i < wanted.length; i++) {
          if (!matches(token, wanted[i])) continue;
          if (previous.indexOf(i - 1) >= 0) return true;
          current.push(i);
        }
        previous = current;
      }
      return false;
    }
    return hits.map(function (hit) {
      var doc = self.store.docs[hit.ref], page = doc && self.store.pages[doc[0]];
      if (!page || !adjacent((doc[2] || page[1]) + ' . ' + doc[3])) return hit;
      return { ref: hit.ref, score: hit.score * PROXIMITY, matchData: hit.matchData, near: true };
    }).sort(function (a, b) { return b.score - a.score; });
  };

  /* A glossary entry; false for a hit whose store entry is not loaded (a split index, SplitData). */
  Searcher.prototype.isDefinition = function (hit) {
    var doc = this.store.docs[hit.ref], page = doc && this.store.pages[doc[0]];
    return !!page && page[0].lastIndexOf('glossary/', 0) === 0;
  };

  Searcher.prototype.order = function (hits, question) {
    var self = this, out = hits.slice();
    function terms(hit) { return Object.keys(hit.matchData.metadata); }
    function inHeading(hit) { return terms(hit).some(function (t) { return hit.matchData.metadata[t].h; }); }
    if (question) {
      /* the definition, then of the leading sections whose heading names the subject the one the
         course reaches first (pages are stored in reading order): where the concept is introduced */
      var first = -1, concept = -1;
      for (var i = 0; i < out.length && first < 0; i++) if (self.isDefinition(out[i])) first = i;
      for (var c = 0; c < Math.min(out.length, QUESTION_SECTIONS); c++) {
        if (self.isDefinition(out[c]) || !inHeading(out[c])) continue;
        if (concept < 0 || self.store.docs[out[c].ref][0] < self.store.docs[out[concept].ref][0]) concept = c;
      }
      var lead = [first, concept].filter(function (x) { return x >= 0; }).map(function (x) { return out[x]; });
      return lead.concat(out.filter(function (hit) { return lead.indexOf(hit) < 0; }));
    }
    for (var g = out.length - 1; g >= 0; g--) {
      if (!self.isDefinition(out[g])) continue;
      var own = terms(out[g]), after = -1;
      for (var k = g + 1; k < out.length && after < 0; k++) {
        if (!self.isDefinition(out[k]) && own.every(function (t) { return out[k].matchData.metadata[t]; })) after = k;
      }
      if (after > 0 && out[after].score * 2 >= out[g].score) out.splice(after, 0, out.splice(g, 1)[0]);
    }
    return out;
  };

  Searcher.prototype.describe = function (hit) {
    var doc = this.store.docs[hit.ref], page = this.store.pages[doc[0]];
    var anchor = doc[1] === 1 ? headingId(doc[2]) : doc[1];
    return {
      ref: hit.ref,
      score: hit.score,
      url: page[0] + (anchor ? '#' + anchor : ''),
      heading: doc[2] || page[1],
      title: page[1],
      chapter: page[2],
      kind: this.isDefinition(hit) ? 'definition' : 'section',
      terms: Object.keys(hit.matchData.metadata),
      snippet: snippet(doc[3], this.matcher(Object.keys(hit.matchData.metadata)))
    };
  };

  /* A word of the text is highlighted when its stem (or folded stem) is a matched term, or it
     starts with a matched term of 3+ letters (prefix and fallback matches). */
  Searcher.prototype.matcher = function (terms) {
    var self = this, fold = this.fold || function (s) { return s; };
    var matched = Object.create(null), folded = Object.create(null);
    terms.forEach(function (t) { matched[t] = true; folded[fold(t)] = true; });
    var long = terms.filter(function (t) { return t.length >= MIN_FALLBACK; });
    return function (raw) {
      var w = trimWord(normalize(raw));
      if (!w) return false;
      var stems = self.stem(w);
      for (var i = 0; i < stems.length; i++) {
        if (matched[stems[i]] || folded[fold(stems[i])]) return true;
      }
      for (var j = 0; j < long.length; j++) {
        if (w.lastIndexOf(long[j], 0) === 0 || fold(w).lastIndexOf(fold(long[j]), 0) === 0) return true;
      }
      return false;
    };
  };

  /* The anchor a heading gets (GitHub style), the twin of HeadingIds.FromHeading in C#: the store
     writes 1 for an anchor that equals it. */
  var ID_CHAR = (function () {
    try { return new RegExp('[\\p{L}\\p{Nd}_-]', 'u'); } catch (e) { return /[0-9a-z_\u00C0-\u024F\u0400-\u04FF-]/; }
  })();

  function headingId(heading) {
    var id = '';
    var text = String(heading).toLowerCase();
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i);
      if (c === ' ') id += '-';
      else if (ID_CHAR.test(c)) id += c;
    }
    return id;
  }

  /* The link to a result from the current page; from file:// (or an LMS) a folder URL needs its index.html. */
  function resultHref(base, lang, url, indexHtml) {
    var hash = url.indexOf('#');
    var path = hash < 0 ? url : url.slice(0, hash), anchor = hash < 0 ? '' : url.slice(hash);
    if (indexHtml && (path === '' || path.slice(-1) === '/')) path += 'index.html';
    return base + lang + '/' + path + anchor;
  }

  /* A big course's split index (SearchSplitWriter, docs/search.md "Big courses"): index.js is a manifest,
     and the term parts and store parts are loaded when a query needs them. The term parts loaded so far
     are rebuilt into a lunr index (every posting carries its weight, so lunr scores exactly as with the
     whole index) and a Searcher. attempt(input, max) returns { need: [part paths] } until the query's
     parts are there, then { result }. */
  function SplitData(lang, data, env) {
    this.lang = lang;
    this.data = data;
    this.env = env;
    this.split = data.index.split;
    this.keyFold = (root.CourseFold && root.CourseFold.fold) || function (s) { return String(s).toLowerCase(); };
    this.pipeline = env.lunr.Pipeline.load(data.index.pipeline);
    this.store = { pages: [], docs: Object.create(null) };
    this.terms = [];
    this.loaded = Object.create(null);
    this.current = null;
  }

  /* A term is in the part of the longest key its folded form starts with, so a word needs the parts of
     every key it starts with (its shorter prefixes are fallback terms); the word being typed also needs
     the parts of keys that start with it (its completions), when there are few. */
  SplitData.prototype.termParts = function (word, typed) {
    var keys = this.split.keys, folded = this.keyFold(word), parts = [], longer = [];
    for (var i = 0; i < keys.length; i++) {
      if (folded.lastIndexOf(keys[i], 0) === 0) parts.push(i);
      else if (typed && keys[i].lastIndexOf(folded, 0) === 0) longer.push(i);
    }
    return parts.concat(longer.length <= MAX_TYPED_PARTS ? longer : []);
  };

  /* Every spelling the query logic may look up: the words, their stems, Latin and wrong-layout readings, synonyms. */
  SplitData.prototype.neededTermParts = function (input) {
    var self = this, helpers = this.env.helpers || {}, parts = [];
    var subject = helpers.frame ? helpers.frame(normalize(input)) : null;
    var text = subject ? subject + ' ' : input;
    var words = queryWords(text), typing = words.length > 0 && !/[\s\-]$/.test(String(text));
    var synonyms = synonymTable(this.data.extras && this.data.extras.synonyms, this.keyFold);
    words.forEach(function (word, i) {
      var typed = typing && i === words.length - 1;
      var spellings = [word, cyrillicLookalikes(word)].concat(helpers.latin ? helpers.latin(word) : []);
      var layout = layoutOf(helpers), other = layout ? layout(word) : null;
      if (other) spellings.push(other);
      synonyms(word).forEach(function (other) { spellings = spellings.concat(queryWords(other)); });
      spellings.forEach(function (spelling) {
        [spelling].concat(self.pipeline.runString(spelling)).forEach(function (s) {
          parts = parts.concat(self.termParts(s, typed && s === spelling));
        });
      });
    });
    return unique(parts.map(function (n) { return 't/' + n; })).filter(function (path) { return !self.part(path); });
  };

  SplitData.prototype.part = function (path) {
    return (root.CourseSearchData.parts || {})[this.lang + '/' + path];
  };

  /* The Searcher over the term parts loaded so far, rebuilt when parts were added. */
  SplitData.prototype.searcher = function () {
    var added = false;
    for (var n = 0; n < this.split.keys.length; n++) {
      if (this.loaded[n]) continue;
      var content = this.part('t/' + n);
      if (!content) continue;
      this.loaded[n] = true;
      added = true;
      for (var term in content) this.terms.push([term, content[term]]);
    }
    if (added || !this.current) this.current = new Searcher({ index: this.lunrIndex(), store: this.store, extras: this.data.extras }, this.env);
    return this.current;
  };

  /* The loaded terms as a serialized lunr 2.3.9 index: postings under each term, weights in the field vectors. */
  SplitData.prototype.lunrIndex = function () {
    var fields = this.data.index.fields, vectors = Object.create(null), inverted = [];
    this.terms.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0; });
    this.terms.forEach(function (entry) {
      var data = entry[1], posting = { _index: data[0] };
      fields.forEach(function (field, f) {
        var refs = {}, list = data[f + 1];
        for (var k = 0; k < list.length; k += 2) {
          refs[list[k]] = {};
          var key = field + '/' + list[k];
          (vectors[key] || (vectors[key] = [])).push([data[0], list[k + 1]]);
        }
        posting[field] = refs;
      });
      inverted.push([entry[0], posting]);
    });
    var fieldVectors = Object.keys(vectors).map(function (key) {
      var flat = [];
      vectors[key].sort(function (a, b) { return a[0] - b[0]; }).forEach(function (e) { flat.push(e[0], e[1]); });
      return [key, flat];
    });
    return { version: this.data.index.version, fields: fields, fieldVectors: fieldVectors, invertedIndex: inverted, pipeline: this.data.index.pipeline };
  };

  /* Store parts for the hits that will be ordered and shown: the first max + SPLIT_STORE_MARGIN (all when max is 0). */
  SplitData.prototype.neededStoreParts = function (hits, max) {
    var chunk = this.split.chunk, need = [], seen = Object.create(null);
    var limit = max === 0 ? hits.length : Math.min(hits.length, (max || MAX_RESULTS) + SPLIT_STORE_MARGIN);
    for (var i = 0; i < limit; i++) {
      var n = Math.floor(parseInt(hits[i].ref, 36) / chunk);
      if (seen[n]) continue;
      seen[n] = true;
      var content = this.part('s/' + n);
      if (!content) { need.push('s/' + n); continue; }
      for (var p in content.pages) this.store.pages[p] = content.pages[p];
      for (var r in content.docs) this.store.docs[r] = content.docs[r];
    }
    return need;
  };

  SplitData.prototype.attempt = function (input, max) {
    var need = this.neededTermParts(input);
    if (need.length) return { need: need };
    var searcher = this.searcher(), found = searcher.hits(input);
    need = this.neededStoreParts(found.hits, max);
    if (need.length) return { need: need };
    return { result: searcher.finish(found, max) };
  };

  /* index.js files call register(); whoever waits for a language is called back. */
  var data = root.CourseSearchData || { languages: Object.create(null), waiting: Object.create(null) };
  data.register = function (lang, index, store, extras) {
    data.languages[lang] = { index: index, store: store, extras: extras || {} };
    (data.waiting[lang] || []).forEach(function (callback) { callback(data.languages[lang]); });
    delete data.waiting[lang];
  };
  data.whenRegistered = function (lang, callback) {
    if (data.languages[lang]) callback(data.languages[lang]);
    else (data.waiting[lang] || (data.waiting[lang] = [])).push(callback);
  };
  data.parts = data.parts || Object.create(null);
  /* the parts of a split index call part(); the loader waits for their script's load event */
  data.part = function (lang, kind, number, content) {
    data.parts[lang + '/' + kind + '/' + number] = content;
  };
  root.CourseSearchData = data;

  /* The words of the text whose stem (or folded stem) is a matched term, or that start with one of
     3+ letters; the same rule as the snippets. */
  function termMatcher(terms, stem, fold) {
    var f = fold || function (x) { return x; }, set = Object.create(null);
    terms.forEach(function (t) { set[f(t)] = true; });
    var long = terms.filter(function (t) { return t.length >= MIN_FALLBACK; }).map(f);
    return function (raw) {
      var w = trimWord(normalize(raw));
      if (!w) return false;
      if (set[f(stem(w))]) return true;
      var fw = f(w);
      for (var i = 0; i < long.length; i++) if (fw.lastIndexOf(long[i], 0) === 0) return true;
      return false;
    };
  }

  var api = root.CourseSearch || (root.CourseSearch = {});
  api.BOOST = BOOST;
  api.MAX_RESULTS = MAX_RESULTS;
  api.normalize = normalize;
  api.queryWords = queryWords;
  api.Vocabulary = Vocabulary;
  api.buildQuery = buildQuery;
  api.snippet = snippet;
  api.Searcher = Searcher;
  api.SplitData = SplitData;
  api.resultHref = resultHref;
  api.headingId = headingId;
  api.termMatcher = termMatcher;
})(typeof self !== 'undefined' ? self : this);
