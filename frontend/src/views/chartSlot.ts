import type { Chart } from 'chart.js';
import { paragraph } from './page';

/**
 * Draws a chart once its code has loaded: Chart.js is fetched only by pages that have a chart.
 * `draw` returns undefined when the page has gone by the time the code arrives.
 * Returns what to do when the page is left: stop the chart watching for resizes.
 */
export function drawWhenLoaded(canvas: HTMLCanvasElement, draw: () => Promise<Chart | undefined>, whenDrawn: (chart: Chart) => void): () => void {
  let chart: Chart | undefined;
  let left = false;
  draw()
    .then((drawn) => {
      if (!drawn) return;
      if (left) {
        drawn.destroy();
        return;
      }
      chart = drawn;
      whenDrawn(drawn);
    })
    .catch((error: unknown) => {
      console.warn('The chart could not be drawn.', error);
      canvas.replaceWith(paragraph('Sorry, the chart could not be drawn. The table gives every figure.'));
    });
  return () => {
    left = true;
    chart?.destroy();
  };
}
