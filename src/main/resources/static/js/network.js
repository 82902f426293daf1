// Network pages: the cohort results charts (share in work 90 days after, bars, against the reference line).
(function () {
  'use strict';

  function chart(id) {
    var canvas = document.getElementById(id);
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var data = JSON.parse(canvas.getAttribute('data-chart'));
    data.datasets.forEach(function (d) {
      if (d.type === 'line') {
        d.borderColor = '#b02a37';
        d.backgroundColor = '#b02a37';
        d.pointRadius = 0;
        d.borderDash = [6, 4];
      } else {
        d.backgroundColor = '#198754';
      }
    });
    new Chart(canvas, {
      data: data,
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { y: { min: 0, max: 100, ticks: { callback: function (v) { return v + ' %'; } } } }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }

  document.addEventListener('DOMContentLoaded', function () {
    chart('cohort-chart');
    chart('provider-chart');
  });
})();
