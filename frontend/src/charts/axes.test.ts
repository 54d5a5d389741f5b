import { describe, expect, it } from 'vitest';
import { percentAxisMaximum } from './axes';

describe('percentAxisMaximum', () => {
  const percent = { unit: 'percent' as const, decimalPlaces: 1, rateBase: null };

  it('stops a percentage axis at 100% when the figures come near it', () => {
    expect(percentAxisMaximum(percent, [12, 99.5])).toBe(100);
  });

  it('leaves the axis to fit lower percentages and other units', () => {
    expect(percentAxisMaximum(percent, [12, 40])).toBeUndefined();
    expect(percentAxisMaximum({ ...percent, unit: 'count' }, [150])).toBeUndefined();
  });
});
