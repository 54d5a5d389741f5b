import type { PointStyle } from 'chart.js';
import type { Series } from '../api';
import { formatValue, hasValue, type UnitOf } from '../figures';
import { trendInWords } from '../words';
import { chartColours } from './colours';

export type TrendLineKey = 'area' | 'england' | 'region' | 'neighbours';

/** How each line is drawn: colour, dash pattern, marker shape and width all differ, not colour alone. */
export interface LineStyle {
  colour: string;
  dash: number[];
  point: PointStyle;
  width: number;
  /** The line's look in words, for the legend beside the table. */
  description: string;
}

export const LINE_STYLES: Record<TrendLineKey, LineStyle> = {
  area: { colour: chartColours.blue, dash: [], point: 'circle', width: 3, description: 'thick solid line, round markers' },
  england: { colour: chartColours.text, dash: [8, 4], point: 'rect', width: 2, description: 'dashed line, square markers' },
  region: { colour: chartColours.red, dash: [2, 3], point: 'triangle', width: 2, description: 'dotted line, triangle markers' },
  neighbours: { colour: chartColours.green, dash: [10, 4, 2, 4], point: 'rectRot', width: 2, description: 'dash-dot line, diamond markers' },
};

/** One line of the chart: a value per period, null where there is none (the line has a gap there). */
export interface TrendLine {
  key: TrendLineKey;
  label: string;
  values: (number | null)[];
}

const numberOrNull = (value: number | null | undefined): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null;

/** The area's line and those of its benchmarks; a benchmark with no value in any period is left out. */
export function trendLines(series: Series): TrendLine[] {
  const lines: TrendLine[] = [
    { key: 'area', label: series.area.name, values: series.points.map((point) => (hasValue(point.figure) ? point.figure.value : null)) },
    { key: 'england', label: 'England', values: series.points.map((point) => numberOrNull(point.england)) },
    { key: 'region', label: series.region?.name ?? 'Region', values: series.points.map((point) => numberOrNull(point.region)) },
    { key: 'neighbours', label: 'Statistical neighbours’ mean', values: series.points.map((point) => numberOrNull(point.neighbourMean?.value)) },
  ];
  return lines.filter((line) => line.key === 'area' || line.values.some((value) => value !== null));
}

/** What the chart shows, in words, for its aria-label. */
export function trendChartDescription(series: Series, lines: TrendLine[], indicator: UnitOf & { name: string }): string {
  const periods = series.points.map((point) => point.period);
  const first = periods[0];
  const last = periods[periods.length - 1];
  const span = first === undefined ? 'with no periods' : first === last ? `for ${first}` : `from ${first} to ${last}`;
  const benchmarks = lines
    .filter((line) => line.key !== 'area')
    .map((line) => (line.key === 'neighbours' ? 'the mean of its statistical neighbours' : line.label));
  const parts = [
    `Line chart of ${indicator.name} in ${series.area.name} ${span}${benchmarks.length > 0 ? `, with ${joinedWithAnd(benchmarks)}` : ''}.`,
  ];
  const areaPoints = series.points.filter((point) => hasValue(point.figure));
  const earliest = areaPoints[0];
  const latest = areaPoints[areaPoints.length - 1];
  if (earliest && latest && hasValue(earliest.figure) && hasValue(latest.figure)) {
    parts.push(
      earliest === latest
        ? `${series.area.name}: ${formatValue(latest.figure.value, indicator)} in ${latest.period}.`
        : `${series.area.name}: ${formatValue(earliest.figure.value, indicator)} in ${earliest.period}, ${formatValue(latest.figure.value, indicator)} in ${latest.period}.`,
    );
  }
  parts.push(`Recent trend: ${trendInWords(series.trend)}.`, 'The table below gives every figure.');
  return parts.join(' ');
}

function joinedWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
