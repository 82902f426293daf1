// Places: radar and bar charts of an assessment (Chart.js). The table beside them carries the same figures.
(function () {
  'use strict';
  function draw() {
    if (typeof Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-places-chart]').forEach(function (canvas) {
      var data = JSON.parse(canvas.dataset.chart);
      var en = document.documentElement.lang === 'en';
      var own = en ? 'This place' : 'Platsen';
      var ref = en ? 'Reference' : 'Referens';
      var kind = canvas.dataset.placesChart;
      if (kind === 'radar') {
        new Chart(canvas, {
          type: 'radar',
          data: { labels: data.labels, datasets: [
            { label: own, data: data.combined, borderColor: '#0b4a3f', backgroundColor: 'rgba(11,74,63,0.2)' },
            { label: ref, data: data.reference, borderColor: '#c87800', backgroundColor: 'rgba(200,120,0,0.05)', borderDash: [6, 4] }
          ] },
          options: { scales: { r: { min: 1, max: 7, ticks: { stepSize: 1 } } } }
        });
      } else {
        new Chart(canvas, {
          type: 'bar',
          data: { labels: data.labels, datasets: [
            { label: en ? 'Municipality' : 'Kommunen', data: data.municipality, backgroundColor: '#0b4a3f' },
            { label: en ? 'Industry' : 'Industrin', data: data.industry, backgroundColor: '#5b8def' },
            { label: ref, data: data.reference, backgroundColor: '#c87800' }
          ] },
          options: { indexAxis: 'y', scales: { x: { min: 1, max: 7 } } }
        });
      }
    });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', draw); } else { draw(); }
})();
