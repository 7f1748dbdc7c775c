import { describe, expect, test } from 'vitest';
import { createRandom } from './random.ts';

describe('createRandom', () => {
  test('gives the same sequence for the same seed', () => {
    const first = createRandom('bench');
    const second = createRandom('bench');
    const draws = (random: ReturnType<typeof createRandom>): number[] =>
      Array.from({ length: 50 }, () => random.next());
    expect(draws(first)).toEqual(draws(second));
  });

  test('pins the sequence, so generated archives stay the same across versions', () => {
    const random = createRandom('1');
    expect(Array.from({ length: 5 }, () => random.int(0, 999))).toEqual([45, 649, 577, 414, 371]);
  });

  test('gives different sequences for different seeds', () => {
    expect(createRandom('1').next()).not.toBe(createRandom('2').next());
  });

  test('draws integers within both bounds and reaches each of them', () => {
    const random = createRandom('bounds');
    const seen = new Set<number>();
    for (let index = 0; index < 1000; index++) seen.add(random.int(3, 7));
    expect([...seen].sort()).toEqual([3, 4, 5, 6, 7]);
  });

  test('picks by weight, never a zero-weight choice', () => {
    const random = createRandom('weights');
    const counts = { a: 0, b: 0, c: 0 };
    for (let index = 0; index < 10_000; index++)
      counts[
        random.weighted([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(counts.b / counts.a).toBeLessThan(3.5);
  });

  test('refuses to pick from an empty list', () => {
    expect(() => createRandom('empty').pick([])).toThrow(RangeError);
  });
});
