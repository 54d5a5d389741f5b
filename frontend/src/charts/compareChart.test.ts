import { describe, expect, it } from 'vitest';
import { timelinessValues } from '../testing/indicatorFixtures';
import { barLabel, byValueDescending, compareBars, compareChartDescription, compareChartHeight, shortLabel } from './compareChart';

const neighboursOfWandsworth = ['E09000013', 'E09000022', 'E09000024'];

describe('compareBars', () => {
  const bars = compareBars(timelinessValues.items, 'E09000032', neighboursOfWandsworth);

  it('has one bar for every area with a numeric value, and none for suppressed or missing ones', () => {
    const withValue = timelinessValues.items.filter((item) => typeof item.figure.value === 'number');
    expect(bars).toHaveLength(withValue.length);
    expect(bars.map((bar) => bar.name)).not.toContain('Lambeth');
    expect(bars.map((bar) => bar.name)).not.toContain('Westminster');
  });

  it('sorts the bars from the highest value to the lowest', () => {
    expect(bars.map((bar) => [bar.name, bar.value])).toEqual([
      ['Hammersmith and Fulham', 70.5],
      ['Wandsworth', 59.3],
      ['Merton', 52.3],
      ['Barking and Dagenham', 40],
    ]);
  });

  it('picks out the chosen area and its statistical neighbours', () => {
    expect(bars.map((bar) => bar.role)).toEqual(['neighbour', 'selected', 'neighbour', 'other']);
  });

  it('keeps each bar’s 95% confidence interval, where there is one', () => {
    expect(bars[0]?.interval).toEqual({ lower: 66, upper: 75 });
    expect(bars[2]?.interval).toBeUndefined();
  });
});

describe('byValueDescending', () => {
  it('puts equal values in name order, whatever order they came in', () => {
    const tied = [
      { name: 'York', value: 5 },
      { name: 'Bury', value: 5 },
      { name: 'Leeds', value: 9 },
    ];
    expect([...tied].sort(byValueDescending).map((bar) => bar.name)).toEqual(['Leeds', 'Bury', 'York']);
  });
});

describe('bar labels', () => {
  it('say in words which bars are picked out', () => {
    expect(barLabel({ name: 'Wandsworth', role: 'selected' })).toBe('Wandsworth (selected)');
    expect(barLabel({ name: 'Merton', role: 'neighbour' })).toBe('Merton (neighbour)');
    expect(barLabel({ name: 'Leeds', role: 'other' })).toBe('Leeds');
  });

  it('shorten long names on narrow screens but keep the note', () => {
    expect(shortLabel({ name: 'Hammersmith and Fulham', role: 'neighbour' }, 10)).toBe('Hammersmi… (neighbour)');
    expect(shortLabel({ name: 'Merton', role: 'other' }, 10)).toBe('Merton');
  });
});

describe('compareChartDescription', () => {
  it('summarises the chart for screen readers', () => {
    const bars = compareBars(timelinessValues.items, 'E09000032', neighboursOfWandsworth);
    const description = compareChartDescription(bars, { ...timelinessValues.indicator, name: 'EHC plans issued within 20 weeks' }, '2024', 46.4);
    expect(description).toBe(
      'Bar chart of EHC plans issued within 20 weeks, 2024, for 4 local authorities with a figure, highest first, with 95% confidence intervals. ' +
        'Highest: Hammersmith and Fulham, 70.5%. Lowest: Barking and Dagenham, 40.0%. ' +
        'England: 46.4%, shown as a dashed line. ' +
        'Wandsworth: 59.3%, bar 2 of 4. ' +
        '2 statistical neighbours are striped. ' +
        'The table below gives every figure.',
    );
  });
});

describe('compareChartHeight', () => {
  it('grows with the number of bars', () => {
    expect(compareChartHeight(150)).toBeGreaterThan(compareChartHeight(10));
    expect(compareChartHeight(0)).toBe(compareChartHeight(3));
  });
});
