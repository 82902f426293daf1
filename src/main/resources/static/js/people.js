// People: draws the charts whose configuration the server puts in data-chart (no inline scripts under the CSP),
// also after htmx swaps in a new plan fragment. Every chart has a table with the same values beside it.
(function () {
  'use strict';
  function draw(root) {
    if (typeof Chart === 'undefined') {
      return;
    }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (canvas.dataset.drawn) {
        return;
      }
      canvas.dataset.drawn = 'true';
      try {
        new Chart(canvas, JSON.parse(canvas.dataset.chart));
      } catch (e) {
        console.error('chart', e);
      }
    });
  }
  function start() {
    draw(document);
    document.body.addEventListener('htmx:afterSwap', function (event) {
      draw(event.detail.target.ownerDocument || document);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
