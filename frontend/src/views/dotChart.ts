import type { Unit } from '../api';
import { svgElement } from '../dom';
import type { Interval } from '../charts/errorBars';
import type { ComparisonColour } from '../words';

/** What one overview row's small chart shows; every one of these is also written in the row. */
export interface DotChartValues {
  area?: number | undefined;
  interval?: Interval | undefined;
  england?: number | undefined;
  region?: number | undefined;
  neighbours?: number | undefined;
}

export const DOT_CHART_WIDTH = 100;
export const DOT_CHART_HEIGHT = 28;
const PADDING = 8;

/**
 * The range the chart spans: all its values with a margin, never past 0–100 for percentages.
 * Undefined when there is nothing to draw.
 */
export function dotChartRange(values: DotChartValues, unit: Unit): { min: number; max: number } | undefined {
  const numbers = [values.area, values.interval?.lower, values.interval?.upper, values.england, values.region, values.neighbours].filter(
    (value): value is number => typeof value === 'number' && Number.isFinite(value),
  );
  if (numbers.length === 0) return undefined;
  let min = Math.min(...numbers);
  let max = Math.max(...numbers);
  const margin = max > min ? (max - min) * 0.1 : Math.abs(max) * 0.1 || 1;
  min -= margin;
  max += margin;
  if (unit === 'percent') {
    min = Math.max(min, 0);
    max = Math.min(max, 100);
  }
  if (unit !== 'gbp' && numbers.every((value) => value >= 0)) min = Math.max(min, 0);
  return { min, max };
}

/** The x position of a value, with the range mapped onto the drawing's width less its padding. */
export function dotChartPosition(value: number, range: { min: number; max: number }): number {
  const span = range.max - range.min || 1;
  return PADDING + ((value - range.min) / span) * (DOT_CHART_WIDTH - 2 * PADDING);
}

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A small dot chart: the area as a dot coloured by its comparison with England, with its confidence
 * interval; England as a bar, the region as a triangle and the neighbours' mean as a diamond.
 * Hidden from screen readers: the row it sits in says all of it in words.
 */
export function dotChart(values: DotChartValues, comparison: ComparisonColour, unit: Unit): SVGSVGElement | null {
  const range = dotChartRange(values, unit);
  if (!range) return null;
  const x = (value: number) => round(dotChartPosition(value, range));
  const middle = DOT_CHART_HEIGHT / 2;
  const shapes: SVGElement[] = [
    svgElement('line', { class: 'app-dot-chart__axis', x1: PADDING, y1: middle, x2: DOT_CHART_WIDTH - PADDING, y2: middle }),
  ];
  if (values.interval) {
    const lower = x(values.interval.lower);
    const upper = x(values.interval.upper);
    shapes.push(
      svgElement('path', {
        class: 'app-dot-chart__interval',
        d: `M${lower} ${middle}H${upper}M${lower} ${middle - 4}V${middle + 4}M${upper} ${middle - 4}V${middle + 4}`,
      }),
    );
  }
  if (values.england !== undefined) {
    shapes.push(englandMark(x(values.england), middle));
  }
  if (values.region !== undefined) shapes.push(regionMark(x(values.region), middle));
  if (values.neighbours !== undefined) shapes.push(neighboursMark(x(values.neighbours), middle));
  if (values.area !== undefined) shapes.push(areaMark(x(values.area), middle, comparison));
  return svgElement(
    'svg',
    {
      class: 'app-dot-chart',
      width: DOT_CHART_WIDTH,
      height: DOT_CHART_HEIGHT,
      viewBox: `0 0 ${DOT_CHART_WIDTH} ${DOT_CHART_HEIGHT}`,
      'aria-hidden': 'true',
      focusable: 'false',
    },
    ...shapes,
  );
}

export function englandMark(x: number, middle: number): SVGElement {
  return svgElement('rect', { class: 'app-dot-chart__england', x: round(x - 1.5), y: middle - 11, width: 3, height: 22 });
}

export function regionMark(x: number, middle: number): SVGElement {
  return svgElement('polygon', { class: 'app-dot-chart__region', points: `${x},${middle - 6} ${round(x + 5.5)},${middle + 4} ${round(x - 5.5)},${middle + 4}` });
}

export function neighboursMark(x: number, middle: number): SVGElement {
  return svgElement('polygon', { class: 'app-dot-chart__neighbours', points: `${x},${middle - 6} ${x + 6},${middle} ${x},${middle + 6} ${x - 6},${middle}` });
}

export function areaMark(x: number, middle: number, comparison: ComparisonColour): SVGElement {
  return svgElement('circle', { class: `app-dot-chart__area app-dot-chart__area--${comparison}`, cx: x, cy: middle, r: 5.5 });
}

/** One symbol of the legend, drawn the same way as in the charts. */
export function legendSymbol(mark: (x: number, middle: number) => SVGElement): SVGSVGElement {
  return svgElement('svg', { class: 'app-dot-legend__symbol', width: 20, height: 24, viewBox: '0 0 20 24', 'aria-hidden': 'true', focusable: 'false' }, mark(10, 12));
}
