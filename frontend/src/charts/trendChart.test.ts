import { describe, expect, it } from 'vitest';
import { wandsworthSeries } from '../testing/indicatorFixtures';
import { LINE_STYLES, trendChartDescription, trendLines } from './trendChart';

describe('trendLines', () => {
  it('draws the area, England, its region and its neighbours’ mean, with gaps where there is no figure', () => {
    expect(trendLines(wandsworthSeries)).toEqual([
      { key: 'area', label: 'Wandsworth', values: [50, null, 59.3] },
      { key: 'england', label: 'England', values: [49.2, 50.3, 46.4] },
      { key: 'region', label: 'London', values: [60.1, 62, null] },
      { key: 'neighbours', label: 'Statistical neighbours’ mean', values: [55.5, 57, 61.25] },
    ]);
  });

  it('leaves out a benchmark with no figure in any period', () => {
    const withoutRegion = { ...wandsworthSeries, points: wandsworthSeries.points.map((point) => ({ ...point, region: null })) };
    expect(trendLines(withoutRegion).map((line) => line.key)).toEqual(['area', 'england', 'neighbours']);
  });
});

describe('LINE_STYLES', () => {
  it('tell every line apart by dash pattern and marker shape, not only colour', () => {
    const styles = Object.values(LINE_STYLES);
    expect(new Set(styles.map((style) => style.dash.join(','))).size).toBe(styles.length);
    expect(new Set(styles.map((style) => style.point)).size).toBe(styles.length);
  });
});

describe('trendChartDescription', () => {
  it('summarises the chart for screen readers', () => {
    const description = trendChartDescription(wandsworthSeries, trendLines(wandsworthSeries), {
      ...wandsworthSeries.indicator,
      name: 'EHC plans issued within 20 weeks',
    });
    expect(description).toBe(
      'Line chart of EHC plans issued within 20 weeks in Wandsworth from 2022 to 2024, with England, London and the mean of its statistical neighbours. ' +
        'Wandsworth: 50.0% in 2022, 59.3% in 2024. Recent trend: Cannot be calculated: fewer than five periods. The table below gives every figure.',
    );
  });
});
