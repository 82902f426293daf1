// Planning pages: the impact chart (Chart.js) and the municipality map (Leaflet, border GeoJSON only, no tiles).
(function () {
  'use strict';

  function chart() {
    var canvas = document.getElementById('impact-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    var colours = ['#6c9bd2', '#0b5ed7', '#052c65', '#198754'];
    data.datasets.forEach(function (d, i) {
      d.borderColor = colours[i % colours.length];
      d.backgroundColor = colours[i % colours.length];
      d.tension = 0.2;
      if (i === 0 || i === 2) {
        d.borderDash = [6, 4];
      }
    });
    new Chart(canvas, { type: 'line', data: data, options: { animation: false, responsive: true } });
  }

  function map() {
    var el = document.getElementById('planning-map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var m = L.map(el, { attributionControl: false });
    fetch(el.getAttribute('data-border'), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        var layer = L.geoJSON(geo, { style: { color: '#0b5ed7', weight: 2, fillOpacity: 0.15 } }).addTo(m);
        if (layer.getBounds().isValid()) {
          m.fitBounds(layer.getBounds());
        } else {
          m.setView([65.8, 21.7], 7);
        }
        el.setAttribute('data-loaded', 'true');
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    chart();
    map();
  });
})();
