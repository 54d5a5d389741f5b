import { formatAxisValue, formatValue, unitInWords, type UnitOf } from '../figures';
import { percentAxisMaximum } from './axes';
import { whiteBackgroundPlugin } from './canvasBackground';
import { Chart } from './chartJs';
import { chartColours } from './colours';
import { BAR_FILLS, barLabel, shortLabel, type BarFill, type CompareBar } from './compareChart';
import { errorBarsPlugin } from './errorBars';
import { stripedFill } from './patterns';
import { referenceLinePlugin } from './referenceLine';

/**
 * Draws the sorted horizontal bar chart, with whiskers and England's line. Each bar's colour is its fill
 * (comparison or quarter); the chosen area is outlined in black and its neighbours striped, so being picked
 * out never hides what the colour says.
 */
export function drawCompareChart(
  canvas: HTMLCanvasElement,
  bars: CompareBar[],
  indicator: UnitOf,
  england: { value: number | undefined; label: string },
  title: string,
): Chart<'bar', number[], string> {
  const stripes = new Map<BarFill, string | CanvasPattern>();
  const stripedFor = (fill: BarFill) => {
    let pattern = stripes.get(fill);
    if (!pattern) {
      pattern = stripedFill(BAR_FILLS[fill].colour, BAR_FILLS[fill].stripes);
      stripes.set(fill, pattern);
    }
    return pattern;
  };
  const fills = bars.map((bar) => (bar.role === 'neighbour' ? stripedFor(bar.fill) : BAR_FILLS[bar.fill].colour));
  const borders = bars.map((bar) => (bar.role === 'selected' ? chartColours.text : BAR_FILLS[bar.fill].border));
  const borderWidths = bars.map((bar) => (bar.role === 'selected' ? 3 : 1));
  const extremes = bars.flatMap((bar) => [bar.value, bar.interval?.lower ?? bar.value, bar.interval?.upper ?? bar.value]);
  if (england.value !== undefined) extremes.push(england.value);

  return new Chart<'bar', number[], string>(canvas, {
    type: 'bar',
    data: {
      labels: bars.map(barLabel),
      datasets: [
        {
          label: 'Value',
          data: bars.map((bar) => bar.value),
          backgroundColor: fills,
          borderColor: borders,
          borderWidth: borderWidths,
          categoryPercentage: 0.9,
          barPercentage: 0.85,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      responsive: true,
      maintainAspectRatio: false,
      scales: {
        x: {
          position: 'top',
          beginAtZero: true,
          suggestedMin: Math.min(0, ...extremes),
          suggestedMax: Math.max(...extremes),
          max: percentAxisMaximum(indicator, extremes),
          title: { display: true, text: unitInWords(indicator) },
          ticks: { callback: (value) => formatAxisValue(Number(value), indicator) },
          grid: { color: chartColours.grid },
        },
        y: {
          grid: { display: false },
          ticks: {
            autoSkip: false,
            font: (context) => ({ size: 11, weight: bars[context.index]?.role === 'selected' ? 'bold' : 'normal' }),
            callback(_value, index) {
              const bar = bars[index];
              if (!bar) return '';
              return this.chart.width < 480 ? shortLabel(bar, 14) : barLabel(bar);
            },
          },
        },
      },
      plugins: {
        title: { display: true, text: title, align: 'start', font: { size: 14, weight: 'bold' }, color: chartColours.text },
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (context) => {
              const bar = bars[context.dataIndex];
              if (!bar) return '';
              const interval = bar.interval
                ? ` (95% confidence interval ${formatValue(bar.interval.lower, indicator)} to ${formatValue(bar.interval.upper, indicator)})`
                : '';
              return `${formatValue(bar.value, indicator)}${interval}`;
            },
          },
        },
        errorBars: { intervals: bars.map((bar) => bar.interval), datasetIndex: 0, colour: chartColours.text, capLength: 6 },
        referenceLine: { value: england.value, label: england.label, colour: chartColours.red },
      },
    },
    plugins: [whiteBackgroundPlugin, errorBarsPlugin, referenceLinePlugin],
  });
}
