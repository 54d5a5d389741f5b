import { describe, expect, it } from 'vitest';
import type { Unit } from './api';
import {
  aggregatedInWords,
  figureNotes,
  figureText,
  formatAxisValue,
  formatNumber,
  formatValue,
  hasValue,
  intervalText,
  neighbourMeanText,
  optionalValueText,
} from './figures';

const unit = (name: Unit, decimalPlaces: number, rateBase: number | null = null) => ({ unit: name, decimalPlaces, rateBase });

describe('formatValue', () => {
  it('writes percentages with their decimal places and a per cent sign', () => {
    expect(formatValue(46.43437890321212, unit('percent', 1))).toBe('46.4%');
    expect(formatValue(100, unit('percent', 1))).toBe('100.0%');
  });

  it('writes rates per their base', () => {
    expect(formatValue(3.2149, unit('rate', 2, 100))).toBe('3.21 per 100');
    expect(formatValue(0.5, unit('rate', 1, 10000))).toBe('0.5 per 10,000');
    expect(formatValue(3.2149, unit('rate', 2))).toBe('3.21');
  });

  it('writes counts with thousands separators', () => {
    expect(formatValue(1234567, unit('count', 0))).toBe('1,234,567');
    expect(formatValue(12, unit('count', 0))).toBe('12');
  });

  it('writes weeks and days with their unit, singular for one', () => {
    expect(formatValue(12.46, unit('weeks', 1))).toBe('12.5 weeks');
    expect(formatValue(1, unit('weeks', 0))).toBe('1 week');
    expect(formatValue(30, unit('days', 0))).toBe('30 days');
  });

  it('writes yes-or-no figures as Yes and No', () => {
    expect(formatValue(1, unit('boolean', 0))).toBe('Yes');
    expect(formatValue(0, unit('boolean', 0))).toBe('No');
  });

  it('writes money in pounds', () => {
    expect(formatValue(1234.5, unit('gbp', 0))).toBe('£1,235');
    expect(formatValue(-20, unit('gbp', 2))).toBe('−£20.00');
  });

  it('writes scores as plain numbers', () => {
    expect(formatValue(3.14159, unit('score', 2))).toBe('3.14');
  });
});

describe('formatNumber', () => {
  it('keeps a sensible number of places whatever the API says', () => {
    expect(formatNumber(2.5, -1)).toBe('3');
    expect(formatNumber(1 / 3, 1.7)).toBe('0.3');
  });
});

describe('formatAxisValue', () => {
  it('keeps the unit sign but not the words', () => {
    expect(formatAxisValue(40, unit('percent', 1))).toBe('40%');
    expect(formatAxisValue(2.5, unit('rate', 2, 100))).toBe('2.50');
    expect(formatAxisValue(12000, unit('count', 0))).toBe('12,000');
    expect(formatAxisValue(1, unit('boolean', 0))).toBe('Yes');
    expect(formatAxisValue(0.5, unit('boolean', 0))).toBe('');
  });
});

describe('figureText', () => {
  const percent = unit('percent', 1);

  it('formats a figure with a value', () => {
    expect(figureText({ period: '2024', status: 'published', value: 46.4 }, percent)).toBe('46.4%');
  });

  it('shows the source’s marker text for a suppressed figure, never a zero', () => {
    const suppressed = { period: '2024', status: 'published' as const, value: null, marker: 'suppressed' as const, markerText: 'c: suppressed' };
    expect(figureText(suppressed, percent)).toBe('c: suppressed');
    expect(figureText({ ...suppressed, markerText: undefined }, percent)).toBe('Suppressed');
  });

  it('says there is no figure when the API sent none, or left the value out', () => {
    expect(figureText(undefined, percent)).toBe('No figure');
    expect(figureText({ period: '2024', status: 'published' }, percent)).toBe('No figure');
  });

  it('treats zero as a real value', () => {
    expect(hasValue({ period: '2024', status: 'published', value: 0 })).toBe(true);
    expect(figureText({ period: '2024', status: 'published', value: 0 }, percent)).toBe('0.0%');
  });
});

describe('optionalValueText', () => {
  it('formats a number or says there is none', () => {
    expect(optionalValueText(46.4, unit('percent', 1))).toBe('46.4%');
    expect(optionalValueText(null, unit('percent', 1))).toBe('No figure');
    expect(optionalValueText(undefined, unit('percent', 1))).toBe('No figure');
  });
});

describe('intervalText', () => {
  it('gives both 95% limits in the unit, or nothing without both', () => {
    const figure = { period: '2024', status: 'published' as const, value: 46.4, lower95: 46.0, upper95: 46.8 };
    expect(intervalText(figure, unit('percent', 1))).toBe('46.0% to 46.8%');
    expect(intervalText({ ...figure, upper95: null }, unit('percent', 1))).toBeUndefined();
  });
});

describe('neighbourMeanText', () => {
  const percent = unit('percent', 1);

  it('gives the mean alone when every neighbour had a figure', () => {
    expect(neighbourMeanText({ value: 61.25, areasUsed: 10, areasMissing: 0 }, percent)).toEqual({ value: '61.3%' });
  });

  it('says how many neighbours the mean used when some had no figure', () => {
    expect(neighbourMeanText({ value: 61.25, areasUsed: 9, areasMissing: 1 }, percent)).toEqual({
      value: '61.3%',
      note: 'mean of 9 of 10 neighbours',
    });
  });

  it('says when no neighbour had a figure', () => {
    expect(neighbourMeanText({ value: null, areasUsed: 0, areasMissing: 10 }, percent)).toEqual({
      value: 'No figure',
      note: 'none of 10 neighbours has a figure',
    });
    expect(neighbourMeanText(undefined, percent)).toEqual({ value: 'No figure' });
  });
});

describe('neighbourMeanText for yes-or-no figures', () => {
  it('says how many neighbours answer yes rather than calling a share yes', () => {
    expect(neighbourMeanText({ value: 0.5, areasUsed: 10, areasMissing: 0 }, unit('boolean', 0))).toEqual({ value: 'Yes in 5 of 10' });
  });
});

describe('benchmarks summed from the areas', () => {
  const summed = { period: '2024', status: 'published', value: 1.7, aggregated: true, areasUsed: 1149 } as const;

  it('say how many areas’ counts were summed, and that the source publishes no figure of its own', () => {
    expect(aggregatedInWords(summed, 'England', 'Department for Education')).toBe(
      'Sum of 1,149 local authorities’ counts – Department for Education publishes no England figure',
    );
    expect(aggregatedInWords({ ...summed, areasUsed: null }, 'North West', 'NHS England', 'sub_icb')).toBe(
      'Sum of the sub-ICB locations’ counts – NHS England publishes no North West figure',
    );
  });

  it('say nothing of a figure as published', () => {
    expect(aggregatedInWords({ ...summed, aggregated: false }, 'England', 'DfE')).toBeUndefined();
    expect(aggregatedInWords(undefined, 'England', 'DfE')).toBeUndefined();
  });

  it('come before the API’s own note', () => {
    expect(figureNotes({ ...summed, areasUsed: 3, note: ' Provisional counts ' }, 'London', 'DfE')).toEqual([
      'Sum of 3 local authorities’ counts – DfE publishes no London figure',
      'Provisional counts',
    ]);
    expect(figureNotes({ period: '2024', status: 'published' }, 'London', 'DfE')).toEqual([]);
  });
});
