import { describe, expect, test } from 'vitest';
import { inParallel, mapInParallel, unwrap } from './in-parallel.ts';

describe('inParallel', () => {
  test('returns every outcome in the order of the items, however long each took', async () => {
    const outcomes = await inParallel([30, 0, 10], async (ms) => {
      await new Promise((resolve) => setTimeout(resolve, ms));
      if (ms === 0) throw new Error('zero');
      return ms * 2;
    });
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[0]).toEqual({ status: 'fulfilled', value: 60 });
  });

  test('never runs more than 32 tasks at once', async () => {
    let running = 0;
    let most = 0;
    await inParallel(
      Array.from({ length: 100 }, (_, index) => index),
      async () => {
        most = Math.max(most, ++running);
        await new Promise((resolve) => setTimeout(resolve, 1));
        running--;
      },
    );
    expect(most).toBe(32);
  });
});

describe('mapInParallel', () => {
  test('resolves to the values in order', async () => {
    expect(await mapInParallel(['a', 'bb', 'ccc'], (text) => Promise.resolve(text.length))).toEqual([1, 2, 3]);
  });

  test("rejects with the first failing item's error, after every task ended", async () => {
    const ended: number[] = [];
    const failing = mapInParallel([1, 2, 3], async (n) => {
      await new Promise((resolve) => setTimeout(resolve, 10 - n));
      ended.push(n);
      if (n > 1) throw new Error(`item ${n}`);
      return n;
    });
    await expect(failing).rejects.toThrow('item 2');
    expect(ended.sort()).toEqual([1, 2, 3]);
  });
});

describe('unwrap', () => {
  test('gives the value of a fulfilled outcome and throws the reason of a rejected one as it was', () => {
    expect(unwrap({ status: 'fulfilled', value: 3 })).toBe(3);
    const reason = new RangeError('too far');
    expect(() => unwrap({ status: 'rejected', reason })).toThrow(reason);
  });
});
