// Effects module: draws the "who pays, who gains" bar charts from the data attributes of each canvas.
// The same figures are in the table next to the chart (the chart's text alternative).
(function () {
  'use strict';
  const colours = ['#b03a2e', '#1f6f8b', '#2e7d32', '#7b5ea7', '#8a6d00', '#4a4a4a'];

  function draw(canvas) {
    if (typeof Chart === 'undefined') {
      return;
    }
    const labels = JSON.parse(canvas.dataset.labels || '[]');
    const series = JSON.parse(canvas.dataset.series || '[]');
    const lang = document.documentElement.lang || 'sv';
    const format = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: series.map((s, i) => ({ label: s.label, data: s.values, backgroundColor: colours[i % colours.length] }))
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { ticks: { callback: (v) => format.format(v) } } },
        plugins: { tooltip: { callbacks: { label: (c) => c.dataset.label + ': ' + format.format(c.parsed.y) + ' kr' } } }
      }
    });
    canvas.dataset.drawn = 'true';
  }

  function init() {
    document.querySelectorAll('canvas[data-effects-chart]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
