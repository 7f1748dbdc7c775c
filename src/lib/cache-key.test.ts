import { describe, expect, test } from 'vitest';
import { cacheKey } from './cache-key.ts';

describe('cacheKey', () => {
  test('is the same for equal values and differs when any part differs', () => {
    expect(cacheKey({ title: 'A', page: 1 })).toBe(cacheKey({ title: 'A', page: 1 }));
    expect(cacheKey({ title: 'A', page: 1 })).not.toBe(cacheKey({ title: 'A', page: 2 }));
    expect(cacheKey('a', 'b')).not.toBe(cacheKey('ab'));
    expect(cacheKey(['a', 'b'])).not.toBe(cacheKey('a', 'b'));
  });

  test('keys an object with a revision by its revision alone', () => {
    const paper = { revision: 'r1', title: 'Attention', abstract: 'long text' };
    expect(cacheKey([paper])).toBe(cacheKey([{ revision: 'r1', title: 'Edited' }]));
    expect(cacheKey([paper])).not.toBe(cacheKey([{ ...paper, revision: 'r2' }]));
  });

  test('sees into Maps and Sets, which JSON would flatten to {}', () => {
    expect(cacheKey(new Map([['a', 1]]))).not.toBe(cacheKey(new Map([['a', 2]])));
    expect(cacheKey(new Set(['a']))).not.toBe(cacheKey(new Set(['b'])));
  });

  test('is a short URL-safe string', () => {
    expect(cacheKey({ anything: true })).toMatch(/^[\w-]{43}$/);
  });
});
