// Energy pages: the register map (municipality borders as the base, no tiles; sources, sinks and best matches)
// and the sink's monthly demand chart.
(function () {
  'use strict';

  function map() {
    var el = document.getElementById('energy-map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var m = L.map(el, { attributionControl: false }).setView([65.7, 21.9], 9);
    fetch(el.getAttribute('data-map'), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        var bounds = [];
        var borders = data.municipalities.map(function (code) {
          return fetch(el.getAttribute('data-border') + encodeURIComponent(code) + '/border')
            .then(function (r) { return r.ok ? r.json() : null; })
            .then(function (geo) {
              if (geo) {
                L.geoJSON(geo, { style: { color: '#6c757d', weight: 1, fillOpacity: 0.05 } }).addTo(m);
              }
            })
            .catch(function () { /* the markers still show */ });
        });
        data.matches.forEach(function (x) {
          L.polyline([x.from, x.to], { color: '#fd7e14', weight: 3 })
            .bindTooltip(x.label + ' (' + x.costPerMwh + ' SEK/MWh)').addTo(m);
        });
        data.sources.forEach(function (s) {
          L.circleMarker([s.lat, s.lon], { radius: 7, color: '#b02a37', fillOpacity: 0.8 })
            .bindTooltip(s.name + ' (' + s.mwh + ' MWh)').addTo(m);
          bounds.push([s.lat, s.lon]);
        });
        data.sinks.forEach(function (s) {
          var marker = L.circleMarker([s.lat, s.lon], { radius: 7, color: '#198754', fillOpacity: 0.8 })
            .bindTooltip(s.name + ' (' + s.mwh + ' MWh)').addTo(m);
          marker.on('click', function () { window.location.href = 'energy/sinks/' + s.id; });
          bounds.push([s.lat, s.lon]);
        });
        if (bounds.length > 0) {
          m.fitBounds(bounds, { padding: [30, 30] });
        }
        Promise.all(borders).then(function () { el.setAttribute('data-loaded', 'true'); });
      });
  }

  function chart() {
    var canvas = document.getElementById('demand-chart');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    data.datasets[0].backgroundColor = '#198754';
    new Chart(canvas, { type: 'bar', data: data, options: { animation: false, responsive: true, maintainAspectRatio: false } });
  }

  document.addEventListener('DOMContentLoaded', function () {
    map();
    chart();
  });
})();
