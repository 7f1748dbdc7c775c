import { describe, expect, test } from 'vitest';
import { sparkline } from './sparkline.ts';

describe('sparkline', () => {
  test('spaces the points evenly and scales the largest value to the top', () => {
    expect(sparkline([0, 4, 2], 100, 20, 0)).toEqual({
      width: 100,
      height: 20,
      points: '0,20 50,0 100,10',
      dots: [
        { x: 0, y: 20, value: 0 },
        { x: 50, y: 0, value: 4 },
        { x: 100, y: 10, value: 2 },
      ],
    });
  });

  test('keeps the dots inside the padding', () => {
    expect(sparkline([1, 3], 160, 40, 4)?.points).toBe('4,25.3 156,4');
  });

  test('draws a flat line at the bottom when every count is zero', () => {
    expect(sparkline([0, 0], 10, 10, 0)?.points).toBe('0,10 10,10');
  });

  test('draws nothing for fewer than two points', () => {
    expect(sparkline([5])).toBeUndefined();
    expect(sparkline([])).toBeUndefined();
  });
});
