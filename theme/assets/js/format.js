/* Text the theme's scripts show (quiz.js, flashcards.js, progress.js, offline.js), in one place: templates
   with {name} placeholders filled from an object, and dates in the page's language. Loaded on every page
   before them (theme/assets.yml). */
(function (root) {
  'use strict';

  /* "{score} / {total}" with { score: 3, total: 6 } → "3 / 6"; an unknown {name} is left as it is; no
     text (a missing attribute) is an empty one. */
  function template(text, values) {
    return String(text == null ? '' : text).replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }

  /* Date and time (no seconds) in the language's own format; ISO "2026-03-02 09:00" (UTC) where the
     browser has no locale data for the language. */
  function date(at, lang) {
    try {
      return new Date(at).toLocaleString(lang, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    } catch (e) {
      return new Date(at).toISOString().slice(0, 16).replace('T', ' ');
    }
  }

  root.CourseFormat = { template: template, date: date };
})(typeof window !== 'undefined' ? window : this);
