/* Quiz pages (Course.Web.Quizzes.Rendering.QuizRenderer) and the quiz overview.
   CourseQuiz.normalize/answered/check/shuffle/summary/recordAttempt are pure and run without a DOM
   (tested with Jint). Needs format.js (CourseFormat), fold.js and store.js (CourseStore) first; without store.js nothing is kept.
   Every string shown comes from the page's data-msg-* attributes. */
(function (root) {
  'use strict';

  var format = root.CourseFormat.template;

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

  /* Sets each list box to the number at its index (empty when none): the restore of readSelects. */
  function writeSelects(fieldset, attribute, answer) {
    Array.prototype.forEach.call(fieldset.querySelectorAll('select[' + attribute + ']'), function (select) {
      var value = Array.isArray(answer) ? answer[Number(select.getAttribute(attribute))] : null;
      select.value = typeof value === 'number' ? String(value) : '';
    });
  }

  /* Marks of list-box rows: the student's choice right or wrong; expected(index) is the right value. */
  function selectMarks(fieldset, attribute, answer, expected) {
    return Array.prototype.map.call(fieldset.querySelectorAll('select[' + attribute + ']'), function (select) {
      var index = Number(select.getAttribute(attribute));
      var value = Array.isArray(answer) ? answer[index] : null;
      var mark = typeof value !== 'number' ? null : value === expected(index) ? 'yours-right' : 'yours-wrong';
      return { row: select.parentNode, mark: mark };
    });
  }

  /* Marks of options: chosen and right, chosen and wrong, or right but not chosen. */
  function optionMarks(fieldset, isChosen, isRight) {
    return Array.prototype.map.call(fieldset.querySelectorAll('.quiz-choice'), function (row) {
      var input = row.querySelector('input');
      var chosen = isChosen(input.value);
      var right = isRight(input.value);
      return { row: row, mark: chosen ? (right ? 'yours-right' : 'yours-wrong') : (right ? 'right' : null) };
    });
  }

  function readChecked(fieldset) {
    return Array.prototype.map.call(fieldset.querySelectorAll('input:checked'), function (input) { return Number(input.value); });
  }

  /* The browser half of each question kind (the C# half is Course.Web.Quizzes.Kinds): one entry per
     data-type, with
       read(fieldset)        → the student's answer from the controls;
       answered(answer)      → whether the student gave an answer at all;
       check(key, answer)    → whether it is right, with key as in data-answer;
       write(fieldset, answer) → puts a saved answer back into the controls;
       marks(fieldset, key, answer) → [{ row, mark }] with mark 'yours-right', 'yours-wrong', 'right'
                               (the right one, not chosen) or null, to mark each option where it stands;
       notes                 → whether the chosen options' own feedback is shown (choice kinds);
       reshuffleRight        → whether "Try again" reorders the right items inside each list box.
     Answers: single/multiple: chosen option indexes; truefalse: boolean; text: the typed string;
     matching: per left item, the chosen right index; ordering: per item, its chosen 1-based position. */
  var choice = {
    read: readChecked,
    answered: function (answer) { return asList(answer).length > 0; },
    check: function (key, answer) { return sameNumbers(answer, key); },
    write: function (fieldset, answer) {
      var chosen = asList(answer).map(Number);
      Array.prototype.forEach.call(fieldset.querySelectorAll('input'), function (input) {
        input.checked = chosen.indexOf(Number(input.value)) >= 0;
      });
    },
    marks: function (fieldset, key, answer) {
      var chosen = asList(answer).map(Number);
      return optionMarks(fieldset,
        function (value) { return chosen.indexOf(Number(value)) >= 0; },
        function (value) { return key.indexOf(Number(value)) >= 0; });
    },
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
      check: function (key, answer) { return answer === key; },
      write: function (fieldset, answer) {
        Array.prototype.forEach.call(fieldset.querySelectorAll('input'), function (input) {
          input.checked = (input.value === 'true') === answer && (answer === true || answer === false);
        });
      },
      marks: function (fieldset, key, answer) {
        return optionMarks(fieldset,
          function (value) { return (value === 'true') === answer && (answer === true || answer === false); },
          function (value) { return (value === 'true') === key; });
      }
    },
    text: {
      read: function (fieldset) { return fieldset.querySelector('[data-quiz-text]').value; },
      answered: function (answer) { return typeof answer === 'string' && answer.trim() !== ''; },
      check: function (key, answer) {
        var typed = normalize(answer === null || answer === undefined ? '' : answer);
        return typed !== '' && key.some(function (accepted) { return normalize(accepted) === typed; });
      },
      write: function (fieldset, answer) { fieldset.querySelector('[data-quiz-text]').value = typeof answer === 'string' ? answer : ''; },
      marks: function (fieldset, key, answer) {
        var given = typeof answer === 'string' && answer.trim() !== '';
        return [{ row: fieldset.querySelector('.quiz-text'), mark: !given ? null : KINDS.text.check(key, answer) ? 'yours-right' : 'yours-wrong' }];
      }
    },
    matching: {
      read: function (fieldset) { return readSelects(fieldset, 'data-left'); },
      answered: allChosen,
      check: function (key, answer) {
        return Array.isArray(answer) && answer.length === key.length &&
          key.every(function (rightIndex, left) { return answer[left] === rightIndex; });
      },
      write: function (fieldset, answer) { writeSelects(fieldset, 'data-left', answer); },
      marks: function (fieldset, key, answer) {
        return selectMarks(fieldset, 'data-left', answer, function (left) { return key[left]; });
      },
      reshuffleRight: true
    },
    ordering: {
      read: function (fieldset) { return readSelects(fieldset, 'data-item'); },
      answered: allChosen,
      check: function (key, answer) {
        return Array.isArray(answer) && answer.length === key.length &&
          key.every(function (item, position) { return answer[item] === position + 1; });
      },
      write: function (fieldset, answer) { writeSelects(fieldset, 'data-item', answer); },
      marks: function (fieldset, key, answer) {
        return selectMarks(fieldset, 'data-item', answer, function (item) { return key.indexOf(item) + 1; });
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

  /* The result of a finished attempt from each question's state ('right', 'wrong' or 'unanswered'):
     score, the counts apart, the percentage (rounded down, so 69.9 % does not pass 70 %) and whether
     it reaches the pass mark. */
  function summary(states, passMark) {
    var count = function (state) { return states.filter(function (s) { return s === state; }).length; };
    var total = states.length;
    var score = count('right');
    var percent = total === 0 ? 0 : Math.floor(score * 100 / total);
    return { score: score, wrong: count('wrong'), unanswered: count('unanswered'), total: total, percent: percent, passed: percent >= passMark };
  }

  var HISTORY_KEPT = 20;

  /* The stored record after an attempt: last score, best (restarted when the quiz changed size) and
     the history of attempts, the newest last, at most HISTORY_KEPT. */
  function recordAttempt(record, score, total, at) {
    var next = record ? JSON.parse(JSON.stringify(record)) : {};
    next.best = next.total === total && typeof next.best === 'number' ? Math.max(next.best, score) : score;
    next.last = score;
    next.total = total;
    next.history = (Array.isArray(next.history) ? next.history : []).concat([{ at: at, score: score, total: total }]).slice(-HISTORY_KEPT);
    return next;
  }

  root.CourseQuiz = {
    kinds: KINDS, normalize: normalize, answered: answered, check: check, shuffle: shuffle, format: format,
    summary: summary, recordAttempt: recordAttempt
  };

  if (typeof document === 'undefined') return;

  /* ---- The browser's store (store.js, CourseStore): quizzes[<quiz id>] of the quiz's language holds
     { best, last, total, history: [{ at, score, total }], attempt: { answers: { <question id>: answer },
     checked: { <question id>: true }, started, finished } }. Without store.js nothing is kept. ---- */

  function now() { return Date.now(); }

  function langOf(quizId) { return String(quizId).split('/')[0]; }

  function readRecord(quizId) {
    var store = root.CourseStore;
    return store ? store.lang(langOf(quizId)).quizzes[quizId] || null : null;
  }

  /* change(record) returns the new record, or null to forget the quiz. */
  function updateRecord(quizId, change) {
    var store = root.CourseStore;
    if (!store) return;
    store.update(function (draft) {
      var quizzes = store.lang(langOf(quizId), draft).quizzes;
      var next = change(quizzes[quizId] ? quizzes[quizId] : {});
      if (next === null) delete quizzes[quizId];
      else quizzes[quizId] = next;
    });
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

  function historyItems(list, record, msg, lang, newestFirst, limit) {
    list.textContent = '';
    var history = record && Array.isArray(record.history) ? record.history.slice() : [];
    if (newestFirst) history.reverse();
    history.slice(0, limit || history.length).forEach(function (entry) {
      var item = document.createElement('li');
      item.textContent = format(msg('history-item'), { date: root.CourseFormat.date(entry.at, lang), score: entry.score, total: entry.total });
      list.appendChild(item);
    });
    return history.length;
  }

  /* Asks in the page's <dialog> (a modal: focus stays inside, Escape cancels) and runs action on "yes";
     falls back to window.confirm where <dialog> is missing. */
  function asker(dialog) {
    if (!dialog || typeof dialog.showModal !== 'function') {
      return function (text, yes, no, action) { if (root.confirm(text)) action(); };
    }
    var text = dialog.querySelector('[data-quiz-dialog-text]');
    var ok = dialog.querySelector('[data-quiz-dialog-ok]');
    var cancel = dialog.querySelector('[data-quiz-dialog-cancel]');
    var pending = null;
    var returnFocus = null;
    function close(confirmed) {
      var action = pending;
      pending = null;
      if (dialog.open) dialog.close();
      if (returnFocus && returnFocus.focus) returnFocus.focus();
      if (confirmed && action) action();
    }
    ok.addEventListener('click', function () { close(true); });
    cancel.addEventListener('click', function () { close(false); });
    dialog.addEventListener('cancel', function (event) { event.preventDefault(); close(false); });
    return function (message, yes, no, action) {
      text.textContent = message;
      ok.textContent = yes;
      cancel.textContent = no;
      pending = action;
      returnFocus = document.activeElement;
      dialog.showModal();
      cancel.focus();
    };
  }

  /* ---- One question ---- */

  function Question(element, msg, number) {
    this.element = element;
    this.msg = msg;
    this.number = number;
    this.id = element.id.replace(/^q-/, '');
    this.type = element.getAttribute('data-type');
    this.kind = KINDS[this.type];
    this.key = JSON.parse(element.getAttribute('data-answer'));
    this.fieldset = element.querySelector('fieldset');
    this.button = element.querySelector('[data-quiz-check]');
    this.feedback = element.querySelector('[data-quiz-feedback]');
    this.answerPanel = element.querySelector('[data-quiz-answer]');
    this.done = false;
    this.state = null; // after grading: 'right', 'wrong' or 'unanswered'
  }

  Question.prototype.readAnswer = function () {
    return this.kind.read(this.fieldset);
  };

  Question.prototype.hasAnswer = function () {
    return this.done ? this.state !== 'unanswered' : answered(this.type, this.readAnswer());
  };

  /* The question text without its hint, for the review list. */
  Question.prototype.title = function () {
    var legend = this.fieldset.querySelector('legend').cloneNode(true);
    all(legend, '.quiz-hint').forEach(function (hint) { hint.parentNode.removeChild(hint); });
    return legend.textContent.replace(/\s+/g, ' ').trim();
  };

  /* "Check" without an answer: a visible message in the feedback place (and the live region). */
  Question.prototype.askForAnswer = function () {
    var message = document.createElement('p');
    message.className = 'quiz-verdict quiz-verdict-empty';
    message.textContent = this.msg('unanswered');
    this.feedback.textContent = '';
    this.feedback.appendChild(message);
    this.feedback.hidden = false;
  };

  Question.prototype.clearMessage = function () {
    if (!this.done) {
      this.feedback.textContent = '';
      this.feedback.hidden = true;
    }
  };

  /* Marks every option or row where it stands, in words (and colour): the student's choice right or
     wrong, and the right ones not chosen. */
  Question.prototype.mark = function (answer) {
    var msg = this.msg;
    this.kind.marks(this.fieldset, this.key, answer).forEach(function (entry) {
      if (!entry.mark || !entry.row) return;
      entry.row.classList.add('quiz-marked', 'quiz-marked-' + entry.mark);
      var label = document.createElement('span');
      label.className = 'quiz-mark quiz-mark-' + entry.mark;
      label.textContent = msg('mark-' + entry.mark);
      entry.row.appendChild(label);
    });
  };

  /* Grades the question once, locks it, marks it and fills the visible feedback; returns the text to announce. */
  Question.prototype.grade = function () {
    var answer = this.readAnswer();
    var given = answered(this.type, answer);
    this.state = !given ? 'unanswered' : check({ type: this.type, key: this.key }, answer) ? 'right' : 'wrong';
    this.done = true;
    this.fieldset.disabled = true;
    this.button.setAttribute('aria-disabled', 'true');
    this.element.setAttribute('data-state', this.state);
    this.mark(answer);

    var parts = [];
    var verdict = document.createElement('p');
    verdict.className = 'quiz-verdict quiz-verdict-' + this.state;
    verdict.textContent = this.msg(this.state === 'right' ? 'correct' : this.state === 'wrong' ? 'wrong' : 'not-answered');
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
    var copied = this.state === 'right' ? ['[data-quiz-explanation]', '[data-quiz-read]']
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
    this.state = null;
    this.fieldset.disabled = false;
    this.button.removeAttribute('aria-disabled');
    this.element.removeAttribute('data-state');
    this.feedback.textContent = '';
    this.feedback.hidden = true;
    all(this.fieldset, '.quiz-mark').forEach(function (label) { label.parentNode.removeChild(label); });
    all(this.fieldset, '.quiz-marked').forEach(function (row) {
      row.classList.remove('quiz-marked', 'quiz-marked-yours-right', 'quiz-marked-yours-wrong', 'quiz-marked-right');
    });
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
    var lang = langOf(quizId);
    var passMark = Number(element.getAttribute('data-pass-mark')) || 70;
    var msg = messages(element);
    var announce = announcer(element.querySelector('[data-quiz-status]'));
    var ask = asker(element.querySelector('[data-quiz-dialog]'));
    var questions = all(element, '[data-quiz-question]').map(function (item, i) { return new Question(item, msg, i + 1); });
    var progress = element.querySelector('[data-quiz-progress]');
    var progressText = element.querySelector('[data-quiz-progress-text]');
    var actions = element.querySelector('[data-quiz-actions]');
    var result = element.querySelector('[data-quiz-result]');
    var review = result.querySelector('[data-quiz-review]');
    var historyWrap = element.querySelector('[data-quiz-history-wrap]');
    var saved = readRecord(quizId);
    var attempt = saved && saved.attempt ? saved.attempt : { answers: {}, checked: {}, started: now() };
    attempt.answers = attempt.answers || {};
    attempt.checked = attempt.checked || {};

    function saveAttempt() {
      updateRecord(quizId, function (record) { record.attempt = attempt; return record; });
    }

    function showProgress() {
      var count = questions.filter(function (question) { return question.hasAnswer(); }).length;
      progressText.textContent = format(msg('progress'), { answered: count, total: questions.length });
      progress.hidden = false;
    }

    function showHistory() {
      var record = readRecord(quizId);
      var count = historyItems(historyWrap.querySelector('[data-quiz-history]'), record, msg, lang, true);
      var best = historyWrap.querySelector('[data-quiz-best-text]');
      best.textContent = record && typeof record.best === 'number'
        ? format(msg('best'), { score: record.best, total: record.total }) + ' ' + format(msg('last'), { score: record.last, total: record.total })
        : msg('not-taken');
      historyWrap.hidden = count === 0 && !(record && typeof record.best === 'number');
    }

    function remember(question) {
      var answer = question.readAnswer();
      if (answered(question.type, answer)) attempt.answers[question.id] = answer;
      else delete attempt.answers[question.id];
      saveAttempt();
      showProgress();
    }

    /* The result box from the graded questions; a new attempt is recorded only when recordIt. */
    function showResult(recordIt) {
      var states = questions.map(function (question) { return question.state; });
      var sum = summary(states, passMark);
      if (recordIt) {
        var record = recordAttempt(readRecord(quizId), sum.score, sum.total, attempt.finished);
        updateRecord(quizId, function (old) { record.attempt = attempt; return record; });
      }
      var scoreText = format(msg('score'), { score: sum.score, total: sum.total });
      result.querySelector('[data-quiz-score]').textContent = scoreText;
      result.querySelector('[data-quiz-counts]').textContent = format(msg('counts'), { right: sum.score, wrong: sum.wrong, unanswered: sum.unanswered });
      var pass = result.querySelector('[data-quiz-pass]');
      pass.textContent = format(msg(sum.passed ? 'passed' : 'failed'), { percent: sum.percent, mark: passMark });
      pass.className = 'quiz-pass ' + (sum.passed ? 'quiz-pass-yes' : 'quiz-pass-no');
      review.textContent = '';
      questions.filter(function (question) { return question.state !== 'right'; }).forEach(function (question) {
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = '#' + question.element.id;
        link.textContent = question.number + '. ' + question.title();
        item.appendChild(link);
        item.appendChild(document.createTextNode(' – ' + msg('review-' + (question.state === 'wrong' ? 'wrong' : 'unanswered'))));
        review.appendChild(item);
      });
      result.querySelector('[data-quiz-review-wrap]').hidden = sum.score === sum.total;
      result.querySelector('[data-quiz-retry-missed]').hidden = sum.score === sum.total;
      actions.hidden = true;
      result.hidden = false;
      showHistory();
      showProgress();
      return scoreText;
    }

    function finish() {
      questions.forEach(function (question) {
        if (!question.done) question.grade();
        attempt.checked[question.id] = true;
      });
      attempt.finished = now();
      var scoreText = showResult(true);
      result.querySelector('h2').focus();
      announce(scoreText);
    }

    function askToFinish() {
      var open = questions.filter(function (question) { return !question.hasAnswer(); }).length;
      if (open === 0) finish();
      else ask(format(msg('finish-confirm'), { count: open }), msg('finish'), msg('keep-answering'), finish);
    }

    function reopen(list, focusFirst) {
      list.forEach(function (question) {
        question.reset();
        delete attempt.answers[question.id];
        delete attempt.checked[question.id];
      });
      delete attempt.finished;
      saveAttempt();
      result.hidden = true;
      actions.hidden = false;
      showProgress();
      var first = list.length ? list[0].element.querySelector('input, select') : null;
      if (focusFirst && first) first.focus();
      announce(msg('restarted'));
    }

    function newAttempt() {
      attempt = { answers: {}, checked: {}, started: now() };
      reopen(questions, true);
    }

    function askForNewAttempt() {
      var anything = questions.some(function (question) { return question.done || question.hasAnswer(); });
      if (anything) ask(msg('new-confirm'), msg('new-attempt'), msg('cancel'), newAttempt);
      else newAttempt();
    }

    questions.forEach(function (question) {
      question.answerPanel.hidden = true;
      question.button.parentNode.hidden = false;
      question.button.addEventListener('click', function () {
        if (question.done) return;
        if (!answered(question.type, question.readAnswer())) {
          question.askForAnswer();
          announce(msg('unanswered'));
          return;
        }
        var said = question.grade();
        attempt.checked[question.id] = true;
        saveAttempt();
        showProgress();
        announce(said);
      });
      ['change', 'input'].forEach(function (type) {
        question.fieldset.addEventListener(type, function () {
          if (question.done) return;
          question.clearMessage();
          remember(question);
        });
      });
      var text = question.fieldset.querySelector('[data-quiz-text]');
      if (text) {
        text.addEventListener('keydown', function (event) {
          if (event.key === 'Enter') question.button.click();
        });
      }
    });

    actions.querySelector('[data-quiz-finish]').addEventListener('click', askToFinish);
    actions.querySelector('[data-quiz-new]').addEventListener('click', askForNewAttempt);
    result.querySelector('[data-quiz-retry]').addEventListener('click', askForNewAttempt);
    result.querySelector('[data-quiz-retry-missed]').addEventListener('click', function () {
      reopen(questions.filter(function (question) { return question.state !== 'right'; }), true);
    });
    historyWrap.querySelector('[data-quiz-reset]').addEventListener('click', function () {
      ask(msg('reset-confirm'), msg('reset'), msg('cancel'), function () {
        updateRecord(quizId, function (record) {
          return record.attempt ? { attempt: record.attempt } : null;
        });
        showHistory();
        announce(msg('reset-done'));
      });
    });

    // Put the saved attempt back: answers into the controls, checked questions graded again.
    questions.forEach(function (question) {
      if (Object.prototype.hasOwnProperty.call(attempt.answers, question.id)) question.kind.write(question.fieldset, attempt.answers[question.id]);
      if (attempt.checked[question.id]) question.grade();
    });
    if (attempt.finished) showResult(false);
    else actions.hidden = false;
    showProgress();
    showHistory();
  }

  /* ---- The overview: best score and attempts per quiz, and one reset for all of them ---- */

  function startOverview(element) {
    var msg = messages(element);
    var announce = announcer(element.querySelector('[data-quiz-status]'));
    var cells = all(element, '[data-quiz-best]');
    var resetWrap = element.querySelector('[data-quiz-reset-all-wrap]');
    var taken = 0;
    cells.forEach(function (cell) {
      var quizId = cell.getAttribute('data-quiz-best');
      var record = readRecord(quizId);
      if (!record || typeof record.best !== 'number') return;
      cell.textContent = format(msg('best-short'), { score: record.best, total: record.total });
      var historyCell = element.querySelector('[data-quiz-history="' + quizId + '"]');
      if (historyCell) {
        var list = document.createElement('ol');
        list.className = 'quiz-history-list';
        historyItems(list, record, msg, langOf(quizId), true, 3);
        historyCell.textContent = '';
        historyCell.appendChild(list);
      }
      taken++;
    });
    if (!resetWrap || taken === 0) return;
    resetWrap.hidden = false;
    resetWrap.querySelector('[data-quiz-reset-all]').addEventListener('click', function () {
      if (!root.confirm(msg('reset-all-confirm'))) return;
      cells.forEach(function (cell) {
        var quizId = cell.getAttribute('data-quiz-best');
        updateRecord(quizId, function () { return null; });
        cell.textContent = msg('not-taken');
        var historyCell = element.querySelector('[data-quiz-history="' + quizId + '"]');
        if (historyCell) historyCell.textContent = '';
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
