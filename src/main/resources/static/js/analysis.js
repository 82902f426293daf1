// Analysis dashboard: the county map coloured by the chosen measure (Leaflet over the shipped borders, no tiles),
// and the charts (Chart.js). Every figure is also in a table on the page; hidden counts stay hidden here too.
(function () {
  'use strict';

  var colours = ['#0b5ed7', '#20c997', '#fd7e14', '#6f42c1'];

  function charts() {
    ['occupation-chart', 'trend-chart', 'outlook-chart'].forEach(function (id) {
      var canvas = document.getElementById(id);
      if (!canvas || typeof Chart === 'undefined') {
        return;
      }
      var data = JSON.parse(canvas.getAttribute('data-chart'));
      data.datasets.forEach(function (d, i) {
        d.borderColor = colours[i % colours.length];
        d.backgroundColor = colours[i % colours.length];
      });
      new Chart(canvas, {
        type: id === 'occupation-chart' ? 'bar' : 'line',
        data: data,
        options: { animation: false, responsive: true }
      });
    });
  }

  // Balance runs from shortage (red) through balance (light) to surplus (blue); other measures light to dark blue.
  function colour(measure, v, max) {
    if (v === null || v === undefined) {
      return '#bbbbbb';
    }
    if (measure === 'balance') {
      if (v < 0) {
        return 'rgb(' + 220 + ',' + Math.round(220 + 35 * v) + ',' + Math.round(220 + 35 * v) + ')';
      }
      return 'rgb(' + Math.round(220 - 200 * v) + ',' + Math.round(220 - 120 * v) + ',' + 235 + ')';
    }
    var t = max > 0 ? v / max : 0;
    return 'rgb(' + Math.round(230 - 220 * t) + ',' + Math.round(240 - 150 * t) + ',' + Math.round(250 - 60 * t) + ')';
  }

  function map() {
    var el = document.getElementById('analysis-map');
    if (!el || typeof L === 'undefined') {
      return;
    }
    var values = JSON.parse(el.getAttribute('data-values'));
    var measure = el.getAttribute('data-measure');
    var link = el.getAttribute('data-link');
    var selected = el.getAttribute('data-selected');
    var hidden = el.getAttribute('data-hidden-label');
    var max = 0;
    Object.keys(values).forEach(function (k) {
      var v = values[k][measure];
      if (typeof v === 'number' && v > max) {
        max = v;
      }
    });
    var m = L.map(el, { attributionControl: false });
    fetch(el.getAttribute('data-borders'), { credentials: 'same-origin' })
      .then(function (r) { return r.json(); })
      .then(function (geo) {
        var layer = L.geoJSON(geo, {
          style: function (f) {
            var v = values[f.properties.id] ? values[f.properties.id][measure] : null;
            return {
              color: f.properties.id === selected ? '#000000' : '#495057',
              weight: f.properties.id === selected ? 3 : 1,
              fillColor: colour(measure, v, max),
              fillOpacity: 0.8,
              className: 'municipality municipality-' + f.properties.id
            };
          },
          onEachFeature: function (f, l) {
            var row = values[f.properties.id];
            if (!row) {
              return;
            }
            var v = row[measure];
            l.bindTooltip(row.name + ': ' + (v === null || v === undefined ? hidden : v));
            l.on('click', function () {
              window.location.href = link + (link.indexOf('?') >= 0 ? '&' : '?') + 'area=' + f.properties.id;
            });
          }
        }).addTo(m);
        if (layer.getBounds().isValid()) {
          m.fitBounds(layer.getBounds());
        } else {
          m.setView([66.8, 20.5], 6);
        }
        el.setAttribute('data-loaded', String(layer.getLayers().length));
      });
  }

  document.addEventListener('DOMContentLoaded', function () {
    charts();
    map();
  });
})();
