import { describe, expect, it } from 'vitest';
import { referenceLabelLeft } from './referenceLine';

describe('referenceLabelLeft', () => {
  it('puts the label just right of the line when it fits', () => {
    expect(referenceLabelLeft(200, 80, 50, 600)).toBe(204);
  });

  it('puts the label left of the line when it would run past the right edge', () => {
    expect(referenceLabelLeft(560, 80, 50, 600)).toBe(476);
  });

  it('never lets the label run past the left edge', () => {
    expect(referenceLabelLeft(100, 80, 60, 150)).toBe(60);
  });
});
