import { describe, expect, test } from 'vitest';
import { runs } from './runs.ts';

describe('runs', () => {
  const owner = (row: string): string => row.split('/')[0] ?? '';

  test('groups consecutive items with the same key, in order', () => {
    expect(runs(['a/1', 'a/2', 'b/1', 'a/3'], owner)).toEqual([
      { key: 'a', items: ['a/1', 'a/2'], continued: false },
      { key: 'b', items: ['b/1'], continued: false },
      { key: 'a', items: ['a/3'], continued: false },
    ]);
  });

  test('marks a first run that goes on from the item before the page', () => {
    expect(runs(['b/2', 'c/1'], owner, 'b/1').map((run) => [run.key, run.continued])).toEqual([
      ['b', true],
      ['c', false],
    ]);
    expect(runs(['b/2'], owner, 'a/9')[0]?.continued).toBe(false);
  });

  test('gives no runs for no items', () => {
    expect(runs([], owner)).toEqual([]);
  });
});
