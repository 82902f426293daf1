// Kompetensnav: page glue. No inline scripts (the content security policy forbids them): pages declare behaviour
// with data attributes and this file wires it up.
(function () {
  'use strict';

  // htmx requests carry the CSRF token from the layout's meta tags.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // Announce htmx-loaded content to screen readers when the target asks for it.
  document.addEventListener('htmx:afterSwap', function (event) {
    var live = document.getElementById('progress-live');
    var target = event.detail.target;
    if (live && target && target.dataset && target.dataset.announce) {
      live.textContent = target.dataset.announce;
    }
  });
})();
