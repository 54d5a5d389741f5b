import { describe, expect, it } from 'vitest';
import { whiskerSegments } from './errorBars';

describe('whiskerSegments', () => {
  it('draws a horizontal whisker along the bar, with upright caps at each limit', () => {
    expect(whiskerSegments('horizontal', 50, 100, 180, 6)).toEqual([
      { x1: 100, y1: 50, x2: 180, y2: 50 },
      { x1: 100, y1: 47, x2: 100, y2: 53 },
      { x1: 180, y1: 47, x2: 180, y2: 53 },
    ]);
  });

  it('draws a vertical whisker through a point, with level caps at each limit', () => {
    expect(whiskerSegments('vertical', 200, 300, 260, 8)).toEqual([
      { x1: 200, y1: 300, x2: 200, y2: 260 },
      { x1: 196, y1: 300, x2: 204, y2: 300 },
      { x1: 196, y1: 260, x2: 204, y2: 260 },
    ]);
  });

  it('collapses to a single mark when both limits are the same', () => {
    const [line] = whiskerSegments('horizontal', 10, 42, 42, 4);
    expect(line).toEqual({ x1: 42, y1: 10, x2: 42, y2: 10 });
  });
});
