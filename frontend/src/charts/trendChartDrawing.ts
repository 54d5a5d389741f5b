import type { Series } from '../api';
import { confidenceInterval95, formatAxisValue, formatValue, unitInWords, type UnitOf } from '../figures';
import { percentAxisMaximum } from './axes';
import { whiteBackgroundPlugin } from './canvasBackground';
import { Chart } from './chartJs';
import { chartColours } from './colours';
import { errorBarsPlugin } from './errorBars';
import { LINE_STYLES, type TrendLine } from './trendChart';

/** Draws the area against its benchmarks over time, with whiskers for the area's 95% confidence intervals. */
export function drawTrendChart(
  canvas: HTMLCanvasElement,
  series: Series,
  lines: TrendLine[],
  indicator: UnitOf,
  title: string,
): Chart<'line', (number | null)[], string> {
  const intervals = series.points.map((point) => confidenceInterval95(point.figure));
  const extremes = [
    ...lines.flatMap((line) => line.values.filter((value): value is number => value !== null)),
    ...intervals.flatMap((interval) => (interval ? [interval.lower, interval.upper] : [])),
  ];
  return new Chart<'line', (number | null)[], string>(canvas, {
    type: 'line',
    data: {
      labels: series.points.map((point) => point.period),
      datasets: lines.map((line) => {
        const style = LINE_STYLES[line.key];
        return {
          label: line.label,
          data: line.values,
          borderColor: style.colour,
          backgroundColor: line.key === 'area' ? style.colour : chartColours.white,
          borderWidth: style.width,
          borderDash: style.dash,
          pointStyle: style.point,
          pointRadius: line.key === 'area' ? 5 : 4,
          pointHoverRadius: 7,
          pointBorderColor: style.colour,
          pointBorderWidth: 2,
          spanGaps: false,
          tension: 0,
          // Markers at the top of the axis (100%) are drawn whole, not cut in half.
          clip: false as const,
        };
      }),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      interaction: { mode: 'index', intersect: false },
      scales: {
        x: { grid: { color: chartColours.grid } },
        y: {
          beginAtZero: true,
          suggestedMin: Math.min(0, ...extremes),
          suggestedMax: Math.max(...extremes, 0),
          max: percentAxisMaximum(indicator, extremes),
          title: { display: true, text: unitInWords(indicator) },
          ticks: { callback: (value) => formatAxisValue(Number(value), indicator) },
          grid: { color: chartColours.grid },
        },
      },
      plugins: {
        title: { display: true, text: title, align: 'start', font: { size: 14, weight: 'bold' }, color: chartColours.text },
        legend: { position: 'bottom', labels: { usePointStyle: true, padding: 16 } },
        tooltip: {
          callbacks: {
            label: (context) => {
              const value = context.parsed.y;
              return `${context.dataset.label ?? ''}: ${typeof value === 'number' ? formatValue(value, indicator) : 'no figure'}`;
            },
          },
        },
        errorBars: { intervals, datasetIndex: 0, colour: chartColours.blue, capLength: 8 },
      },
    },
    plugins: [whiteBackgroundPlugin, errorBarsPlugin],
  });
}
