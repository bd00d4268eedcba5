/* Quiz pages (Course.Web.Quizzes.Rendering.QuizRenderer) and the quiz overview.
   CourseQuiz.normalize/answered/check/shuffle are pure and run without a DOM (tested with Jint).
   Needs fold.js first. Every string shown comes from the page's data-msg-* attributes. */
(function (root) {
  'use strict';

  var STORAGE_PREFIX = 'course:quiz:';

  /* Twin of Course.Web.Quizzes.QuizAnswerNormalizer: fold, then keep letters and digits only. */
  function normalize(text) {
    var nfc = String(text).normalize('NFC');
    // Without fold.js (loaded first by the layout) Kazakh letters are not folded, but case still is.
    var folded = root.CourseFold ? root.CourseFold.fold(nfc) : nfc.toLowerCase();
    return folded.replace(/[^\p{L}\p{Nd}]+/gu, '');
  }

  function asList(answer) {
    if (Array.isArray(answer)) return answer;
    return answer === null || answer === undefined ? [] : [answer];
  }

  function byNumber(a, b) { return a - b; }

  function sameNumbers(a, b) {
    var x = asList(a).map(Number).sort(byNumber);
    var y = b.slice().sort(byNumber);
    return x.length === y.length && x.every(function (value, i) { return value === y[i]; });
  }

  function allChosen(answer) {
    return Array.isArray(answer) && answer.length > 0 &&
      answer.every(function (value) { return typeof value === 'number'; });
  }

  /* Per list box, its chosen number (null when not chosen) at the index in its data attribute. */
  function readSelects(fieldset, attribute) {
    var answer = [];
    Array.prototype.forEach.call(fieldset.querySelectorAll('select[' + attribute + ']'), function (select) {
      answer[Number(select.getAttribute(attribute))] = select.value === '' ? null : Number(select.value);
    });
    return answer;
  }

  function readChecked(fieldset) {
    return Array.prototype.map.call(fieldset.querySelectorAll('input:checked'), function (input) { return Number(input.value); });
  }

  /* The browser half of each question kind (the C# half is Course.Web.Quizzes.Kinds): one entry per
     data-type, with
       read(fieldset)        → the student's answer from the controls;
       answered(answer)      → whether the student gave an answer at all;
       check(key, answer)    → whether it is right, with key as in data-answer;
       notes                 → whether the chosen options' own feedback is shown (choice kinds);
       reshuffleRight        → whether "Try again" reorders the right items inside each list box.
     Answers: single/multiple: chosen option indexes; truefalse: boolean; text: the typed string;
     matching: per left item, the chosen right index; ordering: per item, its chosen 1-based position. */
  var choice = {
    read: readChecked,
    answered: function (answer) { return asList(answer).length > 0; },
    check: function (key, answer) { return sameNumbers(answer, key); },
    notes: true
  };
  var KINDS = {
    single: choice,
    multiple: choice,
    truefalse: {
      read: function (fieldset) {
        var chosen = fieldset.querySelector('input:checked');
        return chosen ? chosen.value === 'true' : null;
      },
      answered: function (answer) { return answer === true || answer === false; },
      check: function (key, answer) { return answer === key; }
    },
    text: {
      read: function (fieldset) { return fieldset.querySelector('[data-quiz-text]').value; },
      answered: function (answer) { return typeof answer === 'string' && answer.trim() !== ''; },
      check: function (key, answer) {
        var typed = normalize(answer === null || answer === undefined ? '' : answer);
        return typed !== '' && key.some(function (accepted) { return normalize(accepted) === typed; });
      }
    },
    matching: {
      read: function (fieldset) { return readSelects(fieldset, 'data-left'); },
      answered: allChosen,
      check: function (key, answer) {
        return Array.isArray(answer) && answer.length === key.length &&
          key.every(function (rightIndex, left) { return answer[left] === rightIndex; });
      },
      reshuffleRight: true
    },
    ordering: {
      read: function (fieldset) { return readSelects(fieldset, 'data-item'); },
      answered: allChosen,
      check: function (key, answer) {
        return Array.isArray(answer) && answer.length === key.length &&
          key.every(function (item, position) { return answer[item] === position + 1; });
      }
    }
  };

  /* Whether the student gave an answer at all: every select chosen, some option ticked, some text typed. */
  function answered(type, answer) {
    var kind = KINDS[type];
    return kind ? kind.answered(answer) : false;
  }

  /* question: { type, key } with key as in data-answer; answer as read by the kind. */
  function check(question, answer) {
    var kind = KINDS[question.type];
    return kind ? kind.check(question.key, answer) : false;
  }

  /* Fisher-Yates into a new array; random() defaults to Math.random (seedless, as "Try again" wants). */
  function shuffle(list, random) {
    var next = random || Math.random;
    var copy = Array.prototype.slice.call(list);
    for (var i = copy.length - 1; i > 0; i--) {
      var j = Math.floor(next() * (i + 1));
      var held = copy[i];
      copy[i] = copy[j];
      copy[j] = held;
    }
    return copy;
  }

  function format(template, values) {
    return String(template).replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  root.CourseQuiz = { kinds: KINDS, normalize: normalize, answered: answered, check: check, shuffle: shuffle, format: format };

  if (typeof document === 'undefined') return;

  /* ---- Progress in localStorage: { v: 1, total, best, last } per quiz id. Storage may be blocked
     (private mode, some LMS frames): then the quiz still works and simply remembers nothing. ---- */

  function load(quizId) {
    try {
      var saved = JSON.parse(root.localStorage.getItem(STORAGE_PREFIX + quizId) || 'null');
      return saved && typeof saved.best === 'number' && typeof saved.total === 'number' ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function save(quizId, score, total) {
    var saved = load(quizId);
    var best = saved && saved.total === total ? Math.max(saved.best, score) : score;
    var record = { v: 1, total: total, best: best, last: score };
    try {
      root.localStorage.setItem(STORAGE_PREFIX + quizId, JSON.stringify(record));
    } catch (e) { /* not stored: see above */ }
    return record;
  }

  function forget(quizId) {
    try {
      root.localStorage.removeItem(STORAGE_PREFIX + quizId);
    } catch (e) { /* nothing stored */ }
  }

  function all(element, selector) {
    return Array.prototype.slice.call(element.querySelectorAll(selector));
  }

  function messages(element) {
    return function (key) { return element.getAttribute('data-msg-' + key) || ''; };
  }

  /* A polite live region; cleared first so that the same message is announced again. */
  function announcer(region) {
    var timer = 0;
    return function (text) {
      if (!region) return;
      region.textContent = '';
      clearTimeout(timer);
      timer = setTimeout(function () { region.textContent = text; }, 100);
    };
  }

  /* ---- One question ---- */

  function Question(element, msg) {
    this.element = element;
    this.msg = msg;
    this.type = element.getAttribute('data-type');
    this.kind = KINDS[this.type];
    this.key = JSON.parse(element.getAttribute('data-answer'));
    this.fieldset = element.querySelector('fieldset');
    this.button = element.querySelector('[data-quiz-check]');
    this.feedback = element.querySelector('[data-quiz-feedback]');
    this.answerPanel = element.querySelector('[data-quiz-answer]');
    this.done = false;
    this.correct = false;
  }

  Question.prototype.readAnswer = function () {
    return this.kind.read(this.fieldset);
  };

  /* Grades the question once, locks it and fills the visible feedback; returns the text to announce. */
  Question.prototype.grade = function () {
    var answer = this.readAnswer();
    this.correct = answered(this.type, answer) && check({ type: this.type, key: this.key }, answer);
    this.done = true;
    this.fieldset.disabled = true;
    this.button.setAttribute('aria-disabled', 'true');

    var parts = [];
    var verdict = document.createElement('p');
    verdict.className = 'quiz-verdict ' + (this.correct ? 'quiz-verdict-right' : 'quiz-verdict-wrong');
    verdict.textContent = this.msg(this.correct ? 'correct' : 'wrong');
    parts.push(verdict);
    if (this.kind.notes) {
      var panel = this.answerPanel;
      asList(answer).slice().sort(byNumber).forEach(function (index) {
        var note = panel.querySelector('[data-option="' + index + '"] .quiz-note-text');
        if (note) {
          var paragraph = document.createElement('p');
          paragraph.className = 'quiz-note';
          paragraph.appendChild(note.cloneNode(true));
          parts.push(paragraph);
        }
      });
    }
    var copied = this.correct ? ['[data-quiz-explanation]', '[data-quiz-read]']
      : ['[data-quiz-key]', '[data-quiz-explanation]', '[data-quiz-read]'];
    copied.forEach(function (selector) {
      var source = this.answerPanel.querySelector(selector);
      if (source) parts.push(source.cloneNode(true));
    }, this);

    this.feedback.textContent = '';
    parts.forEach(function (part) { this.feedback.appendChild(part); }, this);
    this.feedback.hidden = false;
    return parts.map(function (part) { return part.textContent.replace(/\s+/g, ' ').trim(); }).join(' ');
  };

  Question.prototype.reset = function () {
    this.done = false;
    this.correct = false;
    this.fieldset.disabled = false;
    this.button.removeAttribute('aria-disabled');
    this.feedback.textContent = '';
    this.feedback.hidden = true;
    all(this.fieldset, 'input').forEach(function (input) {
      if (input.type === 'text') input.value = '';
      else input.checked = false;
    });
    all(this.fieldset, 'select').forEach(function (select) { select.value = ''; });
    this.reshuffle();
  };

  /* Seedless reorder of the options (or ordering rows); matching keeps its left items and
     reorders the right items, the same way in every select. */
  Question.prototype.reshuffle = function () {
    all(this.fieldset, '[data-quiz-shuffle]').forEach(function (list) {
      shuffle(list.children).forEach(function (child) { list.appendChild(child); });
    });
    if (!this.kind.reshuffleRight) return;
    var selects = all(this.fieldset, 'select[data-left]');
    var values = selects.length ? shuffle(all(selects[0], 'option').slice(1).map(function (o) { return o.value; })) : [];
    selects.forEach(function (select) {
      var options = all(select, 'option');
      values.forEach(function (value) {
        options.forEach(function (option) { if (option.value === value) select.appendChild(option); });
      });
    });
  };

  /* ---- A quiz page ---- */

  function startQuiz(element) {
    var quizId = element.getAttribute('data-quiz');
    var msg = messages(element);
    var announce = announcer(element.querySelector('[data-quiz-status]'));
    var questions = all(element, '[data-quiz-question]').map(function (item) { return new Question(item, msg); });
    var progress = element.querySelector('[data-quiz-progress]');
    var progressText = element.querySelector('[data-quiz-progress-text]');
    var actions = element.querySelector('[data-quiz-actions]');
    var result = element.querySelector('[data-quiz-result]');

    function showProgress() {
      var saved = load(quizId);
      if (!saved) return;
      progressText.textContent = format(msg('best'), { score: saved.best, total: saved.total }) + ' ' +
        format(msg('last'), { score: saved.last, total: saved.total });
      progress.hidden = false;
    }

    function finish() {
      questions.forEach(function (question) { if (!question.done) question.grade(); });
      var total = questions.length;
      var score = questions.filter(function (question) { return question.correct; }).length;
      var record = save(quizId, score, total);
      var scoreText = format(msg('score'), { score: score, total: total });
      result.querySelector('[data-quiz-score]').textContent = scoreText;
      result.querySelector('[data-quiz-best-text]').textContent = format(msg('best'), { score: record.best, total: total });
      actions.hidden = true;
      result.hidden = false;
      result.querySelector('h2').focus();
      showProgress();
      announce(scoreText);
    }

    function retry() {
      questions.forEach(function (question) { question.reset(); });
      result.hidden = true;
      actions.hidden = false;
      var first = element.querySelector('[data-quiz-question] input, [data-quiz-question] select');
      if (first) first.focus();
      announce(msg('restarted'));
    }

    questions.forEach(function (question) {
      question.answerPanel.hidden = true;
      question.button.parentNode.hidden = false;
      question.button.addEventListener('click', function () {
        if (question.done) return;
        if (!answered(question.type, question.readAnswer())) {
          announce(msg('unanswered'));
          return;
        }
        announce(question.grade());
      });
      var text = question.fieldset.querySelector('[data-quiz-text]');
      if (text) {
        text.addEventListener('keydown', function (event) {
          if (event.key === 'Enter') question.button.click();
        });
      }
    });

    actions.hidden = false;
    actions.querySelector('[data-quiz-finish]').addEventListener('click', finish);
    result.querySelector('[data-quiz-retry]').addEventListener('click', retry);
    element.querySelector('[data-quiz-reset]').addEventListener('click', function () {
      if (!root.confirm(msg('reset-confirm'))) return;
      forget(quizId);
      progressText.textContent = msg('not-taken');
      announce(msg('reset-done'));
    });
    showProgress();
  }

  /* ---- The overview: best score per quiz, and one reset for all of them ---- */

  function startOverview(element) {
    var msg = messages(element);
    var announce = announcer(element.querySelector('[data-quiz-status]'));
    var cells = all(element, '[data-quiz-best]');
    var resetWrap = element.querySelector('[data-quiz-reset-all-wrap]');
    var taken = 0;
    cells.forEach(function (cell) {
      var saved = load(cell.getAttribute('data-quiz-best'));
      if (!saved) return;
      cell.textContent = format(msg('best-short'), { score: saved.best, total: saved.total });
      taken++;
    });
    if (!resetWrap || taken === 0) return;
    resetWrap.hidden = false;
    resetWrap.querySelector('[data-quiz-reset-all]').addEventListener('click', function () {
      if (!root.confirm(msg('reset-all-confirm'))) return;
      cells.forEach(function (cell) {
        forget(cell.getAttribute('data-quiz-best'));
        cell.textContent = msg('not-taken');
      });
      announce(msg('reset-done'));
    });
  }

  function start() {
    all(document, '[data-quiz]').forEach(startQuiz);
    all(document, '[data-quiz-overview]').forEach(startOverview);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})(typeof window !== 'undefined' ? window : this);
