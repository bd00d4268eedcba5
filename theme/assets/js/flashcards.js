/* Flashcard pages (Course.Web.Flashcards.FlashcardsPageRenderer): spaced repetition with Leitner boxes.
   Every card (a glossary entry, by its id) sits in a box 1..5 kept in the browser's store
   (store.js: CourseStore, langs[<lang>].cards[<id>] = { box, due }). "I knew it" moves a card one box up
   and shows it again after the box's interval; "I did not" puts it back in box 1, due at the next session.
   A session shows the due cards first (lowest box first), then the cards never seen, in deck order.
   CourseFlashcards.review/queue/nextDue are pure and run without a DOM (tested with Jint).
   Needs format.js (CourseFormat) and store.js first. Every string shown comes from the page's data-msg-* attributes. */
(function (root) {
  'use strict';

  var format = root.CourseFormat.template;

  var DAY = 24 * 60 * 60 * 1000;
  /* Days until a card in box n is due again (index = box); box 1 is due at once, i.e. next session. */
  var INTERVAL_DAYS = [0, 0, 2, 4, 8, 16];
  var TOP_BOX = 5;

  /* The card after an answer: knew → one box up (a new card counts as box 1), else back to box 1. */
  function review(card, knew, now) {
    var box = knew ? Math.min((card && card.box ? card.box : 1) + 1, TOP_BOX) : 1;
    return { box: box, due: now + INTERVAL_DAYS[box] * DAY };
  }

  /* The session's cards: those seen before and due now (lowest box, then earliest due, then deck
     order), then the cards never seen, in deck order. Cards not yet due are left out. */
  function queue(ids, cards, now) {
    var due = [];
    var fresh = [];
    ids.forEach(function (id, index) {
      var card = cards[id];
      if (!card) fresh.push(id);
      else if (card.due <= now) due.push({ id: id, box: card.box, due: card.due, index: index });
    });
    due.sort(function (a, b) { return a.box - b.box || a.due - b.due || a.index - b.index; });
    return due.map(function (entry) { return entry.id; }).concat(fresh);
  }

  /* The earliest time a card of the deck is due after now, or null. */
  function nextDue(ids, cards, now) {
    var next = null;
    ids.forEach(function (id) {
      var card = cards[id];
      if (card && card.due > now && (next === null || card.due < next)) next = card.due;
    });
    return next;
  }

  root.CourseFlashcards = { review: review, queue: queue, nextDue: nextDue, INTERVAL_DAYS: INTERVAL_DAYS };

  if (typeof document === 'undefined') return;

  function all(element, selector) {
    return Array.prototype.slice.call(element.querySelectorAll(selector));
  }

  function cardsOf(lang) {
    return root.CourseStore ? root.CourseStore.lang(lang).cards : {};
  }

  function saveCards(lang, change) {
    if (!root.CourseStore) return;
    root.CourseStore.update(function (draft) { change(root.CourseStore.lang(lang, draft).cards); });
  }

  function start(element) {
    var lang = element.getAttribute('data-flashcards');
    var msg = function (key) { return element.getAttribute('data-msg-' + key) || ''; };
    var session = element.querySelector('[data-flashcards-session]');
    if (!session) return;
    var summary = element.querySelector('[data-flashcards-summary]');
    var tools = element.querySelector('[data-flashcards-tools]');
    var dialog = element.querySelector('[data-flashcards-dialog]');
    var status = element.querySelector('[data-flashcards-status]');
    var term = session.querySelector('[data-flashcard-term]');
    var definition = session.querySelector('[data-flashcard-definition]');
    var position = session.querySelector('[data-flashcards-position]');
    var show = session.querySelector('[data-flashcards-show]');
    var deck = {};
    var ids = all(element, '[data-flashcards-list] [data-card]').map(function (item) {
      var id = item.getAttribute('data-card');
      deck[id] = item;
      return id;
    });
    var order = [];
    var index = 0;
    var knew = 0;
    var missed = 0;

    function say(text) {
      status.textContent = '';
      setTimeout(function () { status.textContent = text; }, 50);
    }

    function reveal(visible) {
      definition.hidden = !visible;
      show.setAttribute('aria-expanded', visible ? 'true' : 'false');
      show.textContent = msg(visible ? 'hide' : 'show');
    }

    function showCard() {
      var id = order[index];
      var item = deck[id];
      term.textContent = item.querySelector('[data-card-term]').textContent;
      definition.textContent = '';
      var copy = item.querySelector('[data-card-definition]').cloneNode(true);
      all(copy, '[id]').forEach(function (node) { node.removeAttribute('id'); });
      while (copy.firstChild) definition.appendChild(copy.firstChild);
      position.textContent = format(msg('position'), { position: index + 1, count: order.length });
      reveal(false);
      session.setAttribute('data-card', id);
    }

    function finish(focus) {
      session.hidden = true;
      summary.hidden = false;
      var text = order.length === 0 ? msg('nothing-due') : format(msg('summary'), { knew: knew, missed: missed });
      summary.querySelector('[data-flashcards-summary-text]').textContent = text;
      var next = nextDue(ids, cardsOf(lang), Date.now());
      var nextText = summary.querySelector('[data-flashcards-next]');
      nextText.textContent = next === null ? '' : format(msg('next-due'), { date: root.CourseFormat.date(next, lang) });
      nextText.hidden = next === null;
      if (focus) summary.querySelector('h2').focus();
      say(text + ' ' + nextText.textContent);
    }

    function begin(cards, focus) {
      order = cards;
      index = 0;
      knew = 0;
      missed = 0;
      tools.hidden = false;
      if (order.length === 0) {
        finish(focus);
        return;
      }
      summary.hidden = true;
      session.hidden = false;
      showCard();
      if (focus) show.focus();
    }

    function answer(known) {
      if (session.hidden) return;
      var id = order[index];
      var now = Date.now();
      saveCards(lang, function (cards) { cards[id] = review(cards[id], known, now); });
      if (known) knew++;
      else missed++;
      index++;
      if (index >= order.length) {
        finish(true);
        return;
      }
      showCard();
      say(msg(known ? 'knew-said' : 'missed-said') + ' ' + term.textContent);
    }

    show.addEventListener('click', function () { reveal(definition.hidden); });
    session.querySelector('[data-flashcards-knew]').addEventListener('click', function () { answer(true); });
    session.querySelector('[data-flashcards-missed]').addEventListener('click', function () { answer(false); });
    summary.querySelector('[data-flashcards-again]').addEventListener('click', function () {
      // Everything, due cards first: a student may want to go through the deck before it is due.
      var due = queue(ids, cardsOf(lang), Date.now());
      begin(due.concat(ids.filter(function (id) { return due.indexOf(id) < 0; })), true);
    });

    function reset() {
      saveCards(lang, function (cards) { ids.forEach(function (id) { delete cards[id]; }); });
      begin(queue(ids, cardsOf(lang), Date.now()), true);
      say(msg('reset-done'));
    }

    var opener = null;
    tools.querySelector('[data-flashcards-reset]').addEventListener('click', function (event) {
      if (!dialog || typeof dialog.showModal !== 'function') {
        if (root.confirm(msg('reset-confirm'))) reset();
        return;
      }
      opener = event.currentTarget;
      dialog.showModal();
      dialog.querySelector('[data-flashcards-dialog-cancel]').focus();
    });
    if (dialog) {
      dialog.querySelector('[data-flashcards-dialog-ok]').addEventListener('click', function () { dialog.close(); reset(); });
      dialog.querySelector('[data-flashcards-dialog-cancel]').addEventListener('click', function () {
        dialog.close();
        if (opener) opener.focus();
      });
    }

    // Shortcuts: Space shows or hides the definition, 1 = I knew it, 2 = I did not (aria-keyshortcuts on the buttons).
    document.addEventListener('keydown', function (event) {
      if (session.hidden || event.altKey || event.ctrlKey || event.metaKey || (dialog && dialog.open)) return;
      var target = event.target;
      var tag = target && target.tagName ? target.tagName.toLowerCase() : '';
      if (tag === 'input' || tag === 'textarea' || tag === 'select' || (target && target.isContentEditable)) return;
      if (event.key === '1') { event.preventDefault(); answer(true); }
      else if (event.key === '2') { event.preventDefault(); answer(false); }
      else if (event.key === ' ' && tag !== 'button' && tag !== 'a' && tag !== 'summary') { event.preventDefault(); reveal(definition.hidden); }
    });

    begin(queue(ids, cardsOf(lang), Date.now()), false);
  }

  function startAll() {
    all(document, '[data-flashcards]').forEach(start);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', startAll);
  else startAll();
})(typeof window !== 'undefined' ? window : this);
