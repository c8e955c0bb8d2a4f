// Draws a stacked bar chart above each dashboard table marked with data-chart="stacked": judgements met,
// not met and without enough evidence. The table stays as the accessible equivalent; without
// JavaScript the page shows the table alone.
import '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';

const Chart = globalThis.Chart;

function chartBefore(table) {
  const figure = document.createElement('div');
  figure.className = 'hub-chart';
  const canvas = document.createElement('canvas');
  canvas.setAttribute('role', 'img');
  const caption = table.querySelector('caption');
  canvas.setAttribute('aria-label', (caption ? caption.textContent.trim() : 'Chart')
    + '. The same figures are in the table that follows.');
  figure.appendChild(canvas);
  table.parentNode.insertBefore(figure, table);
  return canvas;
}

function stacked(table) {
  const rows = Array.from(table.querySelectorAll('tbody tr[data-label]'));
  const series = (key, label, colour) => ({
    label, backgroundColor: colour, data: rows.map(row => Number(row.dataset[key]))
  });
  new Chart(chartBefore(table), {
    type: 'bar',
    data: {
      labels: rows.map(row => row.dataset.label),
      datasets: [
        series('passed', table.dataset.passedLabel, '#00703c'),
        series('failed', table.dataset.failedLabel, '#d4351c'),
        series('unknown', table.dataset.unknownLabel, '#505a5f')
      ]
    },
    options: { responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
  });
}

document.querySelectorAll('table[data-chart="stacked"]').forEach(stacked);
