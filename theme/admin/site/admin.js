/* The browser editor (Decap CMS) for authors. The preview pane uses the site's own CSS, so a
   section looks as it will on the site. Decap reads config.yml, which `course build` generates. */
(function () {
  'use strict';
  var CMS = window.CMS;
  if (!CMS) { return; }
  CMS.registerPreviewStyle('../assets/css/site.css');
})();
