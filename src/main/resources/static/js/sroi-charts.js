// Draws a chart above each results table marked with data-chart. The tables stay: they are the
// accessible equivalent, and the page works without JavaScript.
import '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';

const Chart = globalThis.Chart;
const BLUE = '#1d70b8';
const ORANGE = '#f47738';
const GREY = '#505a5f';

function rows(table) {
  return Array.from(table.querySelectorAll('tbody tr[data-label]'));
}

function canvasBefore(table) {
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

function money(value) {
  return '£' + Math.round(value).toLocaleString('en-GB');
}

function bar(table) {
  const data = rows(table);
  new Chart(canvasBefore(table), {
    type: 'bar',
    data: {
      labels: data.map(r => r.dataset.label),
      datasets: [{ label: table.dataset.chartLabel, data: data.map(r => Number(r.dataset.value)), backgroundColor: BLUE }]
    },
    options: {
      plugins: { legend: { display: false }, tooltip: { callbacks: { label: c => money(c.parsed.y) } } },
      scales: { y: { beginAtZero: true, ticks: { callback: v => money(v) } } }
    }
  });
}

function tornado(table) {
  const data = rows(table);
  const base = Number(table.dataset.base);
  new Chart(canvasBefore(table), {
    type: 'bar',
    data: {
      labels: data.map(r => r.dataset.label),
      datasets: [
        { label: 'Ratio at the low value', data: data.map(r => [base, Number(r.dataset.low)]), backgroundColor: ORANGE },
        { label: 'Ratio at the high value', data: data.map(r => [base, Number(r.dataset.high)]), backgroundColor: BLUE }
      ]
    },
    options: {
      indexAxis: 'y',
      plugins: { legend: { position: 'bottom' } },
      scales: { y: { stacked: true }, x: { title: { display: true, text: table.dataset.chartLabel } } }
    }
  });
}

function histogram(table) {
  const data = rows(table);
  new Chart(canvasBefore(table), {
    type: 'bar',
    data: {
      labels: data.map(r => r.dataset.label),
      datasets: [{
        label: table.dataset.chartLabel,
        data: data.map(r => Number(r.dataset.value)),
        backgroundColor: data.map(r => Number(r.dataset.from) >= 1 ? BLUE : GREY),
        barPercentage: 1.0,
        categoryPercentage: 1.0
      }]
    },
    options: { plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } }
  });
}

const draw = { bar, tornado, histogram };
if (Chart) {
  document.querySelectorAll('table[data-chart]').forEach(table => {
    const kind = draw[table.dataset.chart];
    if (kind && rows(table).length > 0) {
      kind(table);
    }
  });
}
