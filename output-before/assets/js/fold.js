/* Twin of src/Course.Web/Text/KeyboardFolding.cs: Kazakh typed on a Russian keyboard. */
(function (root) {
  'use strict';
  var map = { 'ә': 'а', 'і': 'и', 'i': 'и', 'ң': 'н', 'ғ': 'г', 'қ': 'к', 'ө': 'о', 'ұ': 'у', 'ү': 'у', 'һ': 'х', 'ё': 'е' };
  function fold(text) {
    var lower = String(text).toLowerCase();
    var out = '';
    for (var i = 0; i < lower.length; i++) {
      var c = lower.charAt(i);
      out += map[c] || c;
    }
    return out;
  }
  root.CourseFold = { fold: fold };
})(typeof window !== 'undefined' ? window : this);
