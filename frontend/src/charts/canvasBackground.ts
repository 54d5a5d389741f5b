import type { Chart, Plugin } from 'chart.js';

/** Paints the canvas white behind the chart, so that an exported PNG is not transparent. */
export const whiteBackgroundPlugin: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart: Chart) {
    const context = chart.ctx;
    context.save();
    context.globalCompositeOperation = 'destination-over';
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, chart.width, chart.height);
    context.restore();
  },
};
