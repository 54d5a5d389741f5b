import type { Chart, ChartType, Plugin } from 'chart.js';

/** A 95% confidence interval in data units. */
export interface Interval {
  lower: number;
  upper: number;
}

/** A straight line in canvas pixels. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The three strokes of one whisker: the line from the lower to the upper limit, and a cap across each end.
 * `horizontal` whiskers run along x at height `position` (horizontal bars); vertical ones run along y at `position`.
 */
export function whiskerSegments(
  orientation: 'horizontal' | 'vertical',
  position: number,
  lowerPixel: number,
  upperPixel: number,
  capLength: number,
): Segment[] {
  const half = capLength / 2;
  if (orientation === 'horizontal') {
    return [
      { x1: lowerPixel, y1: position, x2: upperPixel, y2: position },
      { x1: lowerPixel, y1: position - half, x2: lowerPixel, y2: position + half },
      { x1: upperPixel, y1: position - half, x2: upperPixel, y2: position + half },
    ];
  }
  return [
    { x1: position, y1: lowerPixel, x2: position, y2: upperPixel },
    { x1: position - half, y1: lowerPixel, x2: position + half, y2: lowerPixel },
    { x1: position - half, y1: upperPixel, x2: position + half, y2: upperPixel },
  ];
}

export interface ErrorBarsOptions {
  /** One interval per data point of the dataset, undefined where there is none. */
  intervals: (Interval | undefined)[];
  datasetIndex: number;
  colour: string;
  capLength: number;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    errorBars?: Partial<ErrorBarsOptions>;
  }
}

/** Draws confidence-interval whiskers over a bar or line dataset (Chart.js has none of its own). */
export const errorBarsPlugin: Plugin<ChartType, Partial<ErrorBarsOptions>> = {
  id: 'errorBars',
  afterDatasetsDraw(chart: Chart, _arguments, options) {
    const intervals = options.intervals ?? [];
    const datasetIndex = options.datasetIndex ?? 0;
    if (intervals.length === 0 || !chart.isDatasetVisible(datasetIndex)) return;
    const horizontal = chart.options.indexAxis === 'y';
    const valueScale = horizontal ? chart.scales.x : chart.scales.y;
    if (!valueScale) return;
    const elements = chart.getDatasetMeta(datasetIndex).data;
    const context = chart.ctx;
    context.save();
    context.strokeStyle = options.colour ?? '#0b0c0c';
    context.lineWidth = 1;
    context.beginPath();
    elements.forEach((element, index) => {
      const interval = intervals[index];
      if (!interval) return;
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
      const segments = whiskerSegments(
        horizontal ? 'horizontal' : 'vertical',
        horizontal ? y : x,
        valueScale.getPixelForValue(interval.lower),
        valueScale.getPixelForValue(interval.upper),
        options.capLength ?? 6,
      );
      for (const { x1, y1, x2, y2 } of segments) {
        context.moveTo(x1, y1);
        context.lineTo(x2, y2);
      }
    });
    context.stroke();
    context.restore();
  },
};
