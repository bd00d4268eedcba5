/*
 * Kazakh stemmer. Twin of src/Course.Web/Search/Stemming/KazakhStemmer.cs: both must return the
 * same stem for every word (tests/Course.Tests/Stemming run this file in Jint against the C#).
 * The algorithm is described in docs/search-stemmers.md; keep the two files in step.
 */
(function (root) {
  'use strict';

  // Letter classes. у and и behave as glides (тергеу-і, тергеу-лер), so they are not full vowels.
  var VOWELS = 'аәеёоөұүыіэюя';
  var COUNTED_VOWELS = 'аәеёиоөуұүыіэюя';
  var VOICED = 'жзлмнңрйуи';
  var HARD = 'птқксшщфхһцч';
  var LOOSE = 'бвгғд'; // word-final in loanwords; they take the voiceless suffix forms
  var BACK = 'аоұыяё';
  var FRONT = 'әеөүіэ';
  var LETTERS = 'аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя';

  // What must precede a suffix.
  var ANY = 0, V = 1, C = 2, VC = 3, VL = 4, VD = 5, L = 6, N = 7, P3 = 8;
  // The instrumental -мен/-бен/-пен ignores vowel harmony.
  var FREE = true;

  // Suffix layers, stripped right to left; each table is longest first.
  var PREDICATE = [['мыз', V], ['міз', V], ['быз', VC], ['біз', VC], ['пыз', VL], ['піз', VL]];
  var CASE = [
    ['ндағы', P3], ['ндегі', P3],
    ['дағы', VD], ['дегі', VD], ['тағы', VL], ['тегі', VL],
    ['ның', N], ['нің', N], ['дың', VC], ['дің', VC], ['тың', VL], ['тің', VL],
    ['нда', P3], ['нде', P3], ['нан', N], ['нен', N], ['дан', VD], ['ден', VD], ['тан', VL], ['тен', VL],
    ['мен', VD, FREE], ['бен', VC, FREE], ['пен', VL, FREE],
    ['ны', V], ['ні', V], ['ды', VC], ['ді', VC], ['ты', VL], ['ті', VL],
    ['ға', VD], ['ге', VD], ['қа', VL], ['ке', VL], ['на', P3], ['не', P3],
    ['да', VD], ['де', VD], ['та', VL], ['те', VL],
    ['н', P3]
  ];
  var FINAL_VOWEL = [['шы', ANY], ['ші', ANY], ['ғы', VC], ['гі', VC], ['қы', VL], ['кі', VL], ['ы', C, FREE], ['і', C, FREE]];
  var POSSESSIVE = [['ымыз', C], ['іміз', C], ['ыңыз', C], ['іңіз', C], ['мыз', V], ['міз', V], ['ңыз', V], ['ңіз', V]]
    .concat(FINAL_VOWEL);
  var PLURAL = [['лар', L], ['лер', L], ['дар', VC], ['дер', VC], ['тар', VL], ['тер', VL]];
  var DERIVATIONAL = [
    ['шылық', ANY], ['шілік', ANY],
    ['дағы', VD], ['дегі', VD], ['тағы', VL], ['тегі', VL],
    ['лық', L], ['лік', L], ['дық', VC], ['дік', VC], ['тық', VL], ['тік', VL]
  ].concat(FINAL_VOWEL.slice(0, 6));
  var LAYERS = [PREDICATE, CASE, POSSESSIVE, PLURAL, DERIVATIONAL];
  // The ablative, dative and locative endings, which the layers also take off bare stems (оқиға → оқи).
  var STEM_FINAL_CASE = [
    ['нан', N], ['нен', N], ['дан', VD], ['ден', VD], ['тан', VL], ['тен', VL],
    ['ға', VD], ['ге', VD], ['қа', VL], ['ке', VL], ['да', VD], ['де', VD], ['та', VL], ['те', VL]
  ];

  // Whole stems that end like a suffix, or like a stem plus one (ағаш-ы is not аға-шы, жақын is
  // not жақ-ы-н): the stemmer stops at them. Ordinal order; KazakhStemmer.cs holds the same list.
  var PROTECTED = (
    'апта ағаш ағын ақы ақын барлық басқа бұрын бұрыс дауыс дәрі дәріс егін екі ескі жалған ' +
    'жарлық жарыс жақын желі жеті жетістік жолдас кесте кіріс мәселен ойын орын орыс пайда почта ' +
    'пошта сабын сайын салдар саты сауда табын тағы тақта тегін теріс теңге тұлға тұрмыс тұрғы ' +
    'тұрғын шағын шығын шығыс қазан қазына қайшы қайын қорытынды үзінді ұрлық ұры ұялы'
  ).split(' ');

  function isProtected(word) { return PROTECTED.indexOf(word) >= 0; }

  // Stems whose last vowel drops before a vowel-initial suffix (халық → халқы).
  var DROPPED_VOWEL = {
    'ауз': 'ауыз', 'орн': 'орын', 'мұрн': 'мұрын', 'ерн': 'ерін', 'халқ': 'халық', 'ерк': 'ерік',
    'әрп': 'әріп', 'қалп': 'қалып', 'ғұрп': 'ғұрып', 'көрк': 'көрік', 'бөрк': 'бөрік', 'қойн': 'қойын',
    'мойн': 'мойын', 'қарн': 'қарын', 'ырқ': 'ырық', 'нарқ': 'нарық', 'парқ': 'парық', 'құлқ': 'құлық',
    'көңл': 'көңіл', 'қауп': 'қауіп', 'мүлк': 'мүлік'
  };

  // Compounds keep the drop at their end (кәсіпорны → кәсіпорын).
  function restoreVowel(stem) {
    for (var length = Math.min(stem.length, 4); length >= 3; length--) {
      var tail = stem.substring(stem.length - length);
      if (Object.prototype.hasOwnProperty.call(DROPPED_VOWEL, tail)) {
        return stem.substring(0, stem.length - length) + DROPPED_VOWEL[tail];
      }
    }
    return stem;
  }

  // Function words left out of the index, in ordinal order.
  var STOP_WORDS = (
    'ал алайда ана анау арқылы аса ақ ба бар барлық басқа бе бен бері бойынша біз бізге бізде бізден ' +
    'бізді біздің бір бірақ бірге бірнеше бірі бүкіл бұдан бұл бұлар бұны бұның бұған бәрі да де ' +
    'дегенмен дейін егер еді екен емес енді ешкім ештеңе ешқандай ең жайлы жоқ және жөнінде иә ' +
    'кейбір кейін кім ма маған ме мен менде мені менің мына мынау міне мұнда мұндай мұны мұның не ' +
    'неге неліктен немесе одан ол олар оларда олардан оларды олардың олармен оларға онда оны онымен ' +
    'оның осы осыдан осылай осылар осында осындай осыны осының осыған оған па пе пен ретінде сайын ' +
    'саған секілді сен сені сенің сияқты содан сол солар солардың сонда сондай сондықтан соны ' +
    'сонымен соның соған сіз сізге сізден сізді сіздің та тағы те тек туралы тым тіпті тәрізді шейін ' +
    'я яки яғни ғана ғой қай қайда қалай қана қандай қанша қарай қашан үшін әйтпесе әлде әлі әр ' +
    'әрбір әрі әсіресе өз өздері өздерін өздерінің өзі өзін өзінде өзіне өзінен өзінің өйткені өте'
  ).split(' ');

  function has(set, ch) { return ch !== '' && set.indexOf(ch) >= 0; }

  function countVowels(word, end) {
    var n = 0;
    for (var i = 0; i < end; i++) if (has(COUNTED_VOWELS, word.charAt(i))) n++;
    return n;
  }

  // A stem keeps at least one vowel and two letters; a stem ending in a vowel keeps two vowels.
  function longEnough(word, end) {
    if (end < 2) return false;
    var vowels = countVowels(word, end);
    return vowels >= 2 || (vowels === 1 && !has(VOWELS, word.charAt(end - 1)));
  }

  // 0 back, 1 front, 2 either: the last vowel that is not a glide decides. A final к, г or ь
  // marks a loanword that may take front suffixes after back vowels (банк-тер, пароль-дер).
  function harmonyOf(word) {
    var last = word.charAt(word.length - 1);
    if (last === 'к' || last === 'г' || last === 'ь') return 2;
    for (var i = word.length - 1; i >= 0; i--) {
      var ch = word.charAt(i);
      if (has(BACK, ch)) return 0;
      if (has(FRONT, ch)) return 1;
      if (ch === 'у' && i > 0 && has(VOWELS, word.charAt(i - 1))) continue;
      if (ch === 'у' || ch === 'и' || ch === 'ю') return 2;
    }
    return 2;
  }

  function suffixHarmony(suffix) {
    for (var i = 0; i < suffix.length; i++) {
      if (has(BACK, suffix.charAt(i))) return 0;
      if (has(FRONT, suffix.charAt(i))) return 1;
    }
    return 2;
  }

  function contextAllows(context, prev, beforePrev) {
    if (prev === 'ь') prev = beforePrev; // пароль-дер: the soft sign is silent
    switch (context) {
      case V: return has(VOWELS, prev);
      case C: return prev !== '' && !has(VOWELS, prev);
      case VC: return has(VOICED, prev);
      case VL: return has(HARD, prev) || has(LOOSE, prev);
      case VD: return has(VOWELS, prev) || has(VOICED, prev);
      case L: return has(VOWELS, prev) || prev === 'р' || prev === 'й' || prev === 'у' || prev === 'и';
      case N: return has(VOWELS, prev) || prev === 'м' || prev === 'н' || prev === 'ң';
      case P3: return prev === 'ы' || prev === 'і';
      default: return true;
    }
  }

  function endsWith(word, end, suffix) {
    return end >= suffix.length && word.substring(end - suffix.length, end) === suffix;
  }

  // Length of word[0, end) after removing the longest suffix of the table that fits, or end; a
  // suffix that leaves a protected stem wins (ағашы → ағаш, not аға).
  function strip(word, end, table) {
    for (var p = 0; p < table.length; p++) {
      if (endsWith(word, end, table[p][0]) && isProtected(word.substring(0, end - table[p][0].length))) {
        return end - table[p][0].length;
      }
    }
    for (var i = 0; i < table.length; i++) {
      var suffix = table[i][0];
      if (!endsWith(word, end, suffix)) continue;
      var rest = end - suffix.length;
      if (!longEnough(word, rest) || !contextAllows(table[i][1], word.charAt(rest - 1), word.charAt(rest - 2))) continue;
      var harmony = table[i][2] === FREE ? 2 : suffixHarmony(suffix);
      if (harmony !== 2) {
        var stem = harmonyOf(restoreVowel(word.substring(0, rest)));
        if (stem !== 2 && stem !== harmony) continue;
      }
      return rest;
    }
    return end;
  }

  // б, г, ғ at the end of a stem are п, к, қ voiced before a vowel (кітап → кітабы); a final ь
  // is dropped before -і (пароль → паролі).
  function devoice(word) {
    var last = word.charAt(word.length - 1);
    if (last === 'ь') return word.substring(0, word.length - 1);
    var repaired = last === 'б' ? 'п' : last === 'г' ? 'к' : last === 'ғ' ? 'қ' : '';
    return repaired ? word.substring(0, word.length - 1) + repaired : word;
  }

  // A final с or н after a vowel may belong to the suffix (сала-сы, мазмұ-ны) or to the stem
  // (қылмыс-ы, мазмұн-ы); dropping it from every stem makes both readings meet.
  function dropLinkingConsonant(word) {
    var end = word.length;
    var last = word.charAt(end - 1);
    if ((last === 'с' || last === 'н') && has(VOWELS, word.charAt(end - 2)) && longEnough(word, end - 1)) {
      return word.substring(0, end - 1);
    }
    return word;
  }

  // The layers took such an ending off the bare word (оқиға → оқи), so it comes off every stem
  // (оқиға-лар → оқиға → оқи).
  function stripStemFinalCase(word) {
    return devoice(word.substring(0, strip(word, word.length, STEM_FINAL_CASE)));
  }

  function stripFinalVowel(word) {
    return devoice(word.substring(0, strip(word, word.length, FINAL_VOWEL)));
  }

  function stemSegment(word) {
    for (var i = 0; i < word.length; i++) if (!has(LETTERS, word.charAt(i))) return word;
    var current = word;
    for (var layer = 0; layer < LAYERS.length; layer++) {
      if (isProtected(current)) return current;
      current = devoice(current.substring(0, strip(current, current.length, LAYERS[layer])));
    }
    if (isProtected(current)) return current;
    // Normalise the end of the stem so that the bare word and its inflected forms meet.
    current = stripFinalVowel(restoreVowel(current));
    if (isProtected(current)) return current;
    current = stripStemFinalCase(current);
    var linked = dropLinkingConsonant(current);
    if (linked !== current) {
      if (isProtected(linked)) return linked;
      current = stripStemFinalCase(linked);
    }
    return stripFinalVowel(current);
  }

  function stem(word) {
    if (word.indexOf('-') < 0) return stemSegment(word);
    var parts = word.split('-');
    for (var i = 0; i < parts.length; i++) parts[i] = stemSegment(parts[i]);
    return parts.join('-');
  }

  var stopWordSet = {};
  for (var s = 0; s < STOP_WORDS.length; s++) stopWordSet[STOP_WORDS[s]] = true;

  function isStopWord(word) {
    return Object.prototype.hasOwnProperty.call(stopWordSet, word);
  }

  function registerWithLunr(lunr) {
    var stemmer = function (token) {
      return token.update(function (word) { return stem(word); });
    };
    var stopWordFilter = function (token) {
      if (token && !isStopWord(token.toString())) return token;
      return undefined;
    };
    lunr.Pipeline.registerFunction(stemmer, 'stemmer-kk');
    lunr.Pipeline.registerFunction(stopWordFilter, 'stopWordFilter-kk');
  }

  var api = root.CourseStemmers || {};
  api.kk = stem;
  api.kkStopWords = STOP_WORDS.slice();
  api.kkIsStopWord = isStopWord;
  api.registerKazakhWithLunr = registerWithLunr;
  root.CourseStemmers = api;
  if (root.lunr && root.lunr.Pipeline) registerWithLunr(root.lunr);
})(typeof window !== 'undefined' ? window : this);
