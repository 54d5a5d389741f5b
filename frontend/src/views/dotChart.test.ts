import { describe, expect, it } from 'vitest';
import { DOT_CHART_WIDTH, dotChart, dotChartPosition, dotChartRange } from './dotChart';

describe('dotChartRange', () => {
  it('spans every value with a margin', () => {
    expect(dotChartRange({ area: 60, england: 40, region: 50 }, 'count')).toEqual({ min: 38, max: 62 });
  });

  it('includes the confidence interval', () => {
    expect(dotChartRange({ area: 50, interval: { lower: 45, upper: 70 }, england: 48 }, 'score')).toEqual({ min: 42.5, max: 72.5 });
  });

  it('keeps percentages within 0–100 and positive figures above 0', () => {
    expect(dotChartRange({ area: 99, england: 1 }, 'percent')).toEqual({ min: 0, max: 100 });
    expect(dotChartRange({ area: 2, england: 1 }, 'rate')?.min).toBeGreaterThanOrEqual(0);
  });

  it('gives a range around a single value', () => {
    expect(dotChartRange({ area: 10 }, 'count')).toEqual({ min: 9, max: 11 });
    expect(dotChartRange({ area: 0 }, 'count')).toEqual({ min: 0, max: 1 });
  });

  it('has nothing to draw without values', () => {
    expect(dotChartRange({}, 'percent')).toBeUndefined();
    expect(dotChart({}, 'none', 'percent')).toBeNull();
  });
});

describe('dotChartPosition', () => {
  it('maps the range onto the drawing, inside its padding', () => {
    const range = { min: 0, max: 100 };
    expect(dotChartPosition(0, range)).toBe(8);
    expect(dotChartPosition(100, range)).toBe(DOT_CHART_WIDTH - 8);
    expect(dotChartPosition(50, range)).toBe(DOT_CHART_WIDTH / 2);
  });
});

describe('dotChart', () => {
  it('draws England, the region, the neighbours and the area with distinct shapes', () => {
    const svg = dotChart({ area: 60, interval: { lower: 55, upper: 65 }, england: 46, region: 66, neighbours: 61 }, 'better', 'percent')!;
    expect(svg.getAttribute('aria-hidden')).toBe('true');
    expect(svg.querySelector('.app-dot-chart__england')?.tagName).toBe('rect');
    expect(svg.querySelector('.app-dot-chart__region')?.tagName).toBe('polygon');
    expect(svg.querySelector('.app-dot-chart__neighbours')?.tagName).toBe('polygon');
    expect(svg.querySelector('.app-dot-chart__area')?.getAttribute('class')).toContain('app-dot-chart__area--better');
    expect(svg.querySelector('.app-dot-chart__interval')).not.toBeNull();
  });

  it('never sets inline styles, which the Content-Security-Policy forbids', () => {
    const svg = dotChart({ area: 60, england: 46 }, 'worse', 'percent')!;
    expect(svg.outerHTML).not.toContain('style=');
  });
});
