/* Offline: registers the service worker (sw.js at the site root; absent from --index-html and preview
   builds) and offers "save for offline" with the size of the language's pages, search index and quizzes. */
(function (root) {
  'use strict';
  var html = document.documentElement;
  var script = html.getAttribute('data-sw');
  if (!script || !('serviceWorker' in navigator) || location.protocol === 'file:') return;

  var lang = html.getAttribute('lang');
  var button = document.querySelector('[data-offline-save]');
  var status = document.querySelector('[data-offline-status]');

  var format = root.CourseFormat.template;

  function size(bytes) {
    var mb = bytes / (1024 * 1024);
    return mb >= 1 ? mb.toFixed(1).replace('.', html.lang === 'en' ? '.' : ',') + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
  }

  function ask(worker, message) {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) { resolve(event.data); };
      worker.postMessage(message, [channel.port2]);
    });
  }

  navigator.serviceWorker.register(script, { scope: html.getAttribute('data-root') || './' }).then(function () {
    return navigator.serviceWorker.ready;
  }).then(function (registration) {
    if (!button) return;
    var worker = registration.active;
    ask(worker, { type: 'info', lang: lang }).then(function (info) {
      if (!info) return;
      button.textContent = format(button.getAttribute('data-template'), { size: size(info.bytes) });
      button.setAttribute('data-bytes', String(info.bytes));
      if (info.saved) {
        status.textContent = button.getAttribute('data-saved');
        html.setAttribute('data-offline-saved', lang);
      }
    });
    button.addEventListener('click', function () {
      button.disabled = true;
      status.textContent = format(button.getAttribute('data-saving'), { done: 0, total: '…' });
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        var data = event.data || {};
        if (data.type === 'progress') {
          status.textContent = format(button.getAttribute('data-saving'), { done: data.done, total: data.total });
        } else if (data.type === 'saved') {
          status.textContent = button.getAttribute('data-saved');
          html.setAttribute('data-offline-saved', lang);
          button.disabled = false;
        } else if (data.type === 'failed') {
          status.textContent = button.getAttribute('data-failed');
          button.disabled = false;
        }
      };
      worker.postMessage({ type: 'save', lang: lang }, [channel.port2]);
    });
  }).catch(function () { /* no worker: the site works online as before */ });
})(window);
