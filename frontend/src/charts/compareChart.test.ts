import { describe, expect, it } from 'vitest';
import { appealsValues, timelinessValues } from '../testing/indicatorFixtures';
import {
  barColouring,
  barFill,
  barLabel,
  byValueDescending,
  compareBars,
  compareChartDescription,
  compareChartHeight,
  fillsUsed,
  shortLabel,
} from './compareChart';

const neighboursOfWandsworth = ['E09000013', 'E09000022', 'E09000024'];

describe('compareBars', () => {
  const bars = compareBars(timelinessValues.items, 'E09000032', neighboursOfWandsworth, 'comparison', 'higher_is_better');

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

describe('bar colours', () => {
  it('follow the comparison with England where there are confidence intervals, by quarter where there are none, and nothing for counts', () => {
    expect(barColouring('confidence_interval')).toBe('comparison');
    expect(barColouring('position')).toBe('quarter');
    expect(barColouring('none')).toBe('plain');
  });

  it('show each area’s comparison with England, tested by confidence interval', () => {
    const bars = compareBars(timelinessValues.items, undefined, [], 'comparison', 'higher_is_better');
    expect(bars.map((bar) => [bar.name, bar.fill])).toEqual([
      ['Hammersmith and Fulham', 'better'],
      ['Wandsworth', 'better'],
      ['Merton', 'better'],
      ['Barking and Dagenham', 'worse'],
    ]);
  });

  it('never colour a position as a tested difference', () => {
    const placed = appealsValues.items[0]!;
    expect(placed.comparedWithEngland.method).toBe('position');
    expect(barFill(placed, 'comparison', 'lower_is_better')).toBe('not-tested');
  });

  it('place areas without intervals in quarters by value, and leave demo figures unplaced', () => {
    const bars = compareBars(appealsValues.items, undefined, [], 'quarter', appealsValues.indicator.polarity);
    expect(bars.map((bar) => [bar.name, bar.fill])).toEqual([
      ['Merton', 'highest-quarter'],
      ['Hammersmith and Fulham', 'second-highest-quarter'],
      ['Wandsworth', 'no-quarter'],
      ['Barking and Dagenham', 'lowest-quarter'],
    ]);
    expect(fillsUsed(bars)).toEqual(['highest-quarter', 'second-highest-quarter', 'lowest-quarter', 'no-quarter']);
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
    const bars = compareBars(timelinessValues.items, 'E09000032', neighboursOfWandsworth, 'comparison', 'higher_is_better');
    const description = compareChartDescription(bars, { ...timelinessValues.indicator, name: 'EHC plans issued within 20 weeks' }, '2024', 46.4, 'comparison');
    expect(description).toBe(
      'Bar chart of EHC plans issued within 20 weeks, 2024, for 4 local authorities with a figure, highest first, with 95% confidence intervals. ' +
        'Coloured by comparison with England: tested with each area’s 95% confidence interval. ' +
        'Highest: Hammersmith and Fulham, 70.5%. Lowest: Barking and Dagenham, 40.0%. ' +
        'England: 46.4%, shown as a dashed line. ' +
        'Wandsworth: 59.3%, bar 2 of 4, outlined. ' +
        '2 statistical neighbours are striped. ' +
        'The table below gives every figure.',
    );
  });

  it('says when the bars have no confidence intervals and are coloured by quarter', () => {
    const bars = compareBars(appealsValues.items, undefined, [], 'quarter', 'lower_is_better');
    const description = compareChartDescription(bars, { ...appealsValues.indicator, name: 'SEND tribunal appeal rate' }, '2024', 1.7, 'quarter');
    expect(description).toMatch(/^Bar chart of SEND tribunal appeal rate, 2024, for 4 local authorities with a figure, highest first\. Coloured by quarter of local authorities: no confidence intervals/);
  });
});

describe('compareChartHeight', () => {
  it('grows with the number of bars', () => {
    expect(compareChartHeight(150)).toBeGreaterThan(compareChartHeight(10));
    expect(compareChartHeight(0)).toBe(compareChartHeight(3));
  });
});
