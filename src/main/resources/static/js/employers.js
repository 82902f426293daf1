// Employers module: the regional demand chart. Data comes from data attributes (no inline script: CSP).
document.addEventListener('DOMContentLoaded', () => {
  const canvas = document.getElementById('demand-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  const labels = (canvas.dataset.labels || '').split('|').filter(l => l.length > 0);
  const values = (canvas.dataset.values || '').split(',').filter(v => v.length > 0).map(Number);
  new Chart(canvas, {
    type: 'bar',
    data: { labels, datasets: [{ label: canvas.dataset.series || '', data: values }] },
    options: { indexAxis: 'y', plugins: { legend: { display: false } } }
  });
});
