import type { Chart, ChartType, Plugin } from 'chart.js';

export interface ReferenceLineOptions {
  /** The benchmark in data units; nothing is drawn without one. */
  value: number | undefined;
  /** Written beside the line, so the line does not rely on colour: "England 46.4%". */
  label: string;
  colour: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    referenceLine?: Partial<ReferenceLineOptions>;
  }
}

/**
 * Where the label box of a vertical reference line starts: right of the line, unless it would run past
 * the chart's right edge, when it goes left of the line, but never past the chart's left edge.
 */
export function referenceLabelLeft(linePixel: number, labelWidth: number, chartLeft: number, chartRight: number, gap = 4): number {
  if (linePixel + gap + labelWidth <= chartRight) return linePixel + gap;
  return Math.max(linePixel - gap - labelWidth, chartLeft);
}

/** Draws a dashed line across the chart at a benchmark value, with its label (for horizontal bar charts). */
export const referenceLinePlugin: Plugin<ChartType, Partial<ReferenceLineOptions>> = {
  id: 'referenceLine',
  afterDatasetsDraw(chart: Chart, _arguments, options) {
    const value = options.value;
    const scale = chart.scales.x;
    if (value === undefined || !scale || !Number.isFinite(value)) return;
    const { top, bottom, left, right } = chart.chartArea;
    const x = scale.getPixelForValue(value);
    const context = chart.ctx;
    context.save();
    context.strokeStyle = options.colour ?? '#0b0c0c';
    context.lineWidth = 2;
    context.setLineDash([6, 4]);
    context.beginPath();
    context.moveTo(x, top);
    context.lineTo(x, bottom);
    context.stroke();

    const label = options.label ?? '';
    context.font = `bold 12px ${chart.options.font?.family ?? 'sans-serif'}`;
    const width = context.measureText(label).width;
    const boxLeft = referenceLabelLeft(x, width + 6, left, right);
    context.setLineDash([]);
    context.fillStyle = 'rgba(255, 255, 255, 0.9)';
    context.fillRect(boxLeft, top + 2, width + 6, 16);
    context.fillStyle = options.colour ?? '#0b0c0c';
    context.textBaseline = 'top';
    context.textAlign = 'left';
    context.fillText(label, boxLeft + 3, top + 4);
    context.restore();
  },
};
