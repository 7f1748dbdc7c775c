import { describe, expect, test } from 'vitest';
import { lineAt, lineLookup } from './line-lookup.ts';

const TEXT = '---\ntitle: Titans\n---\n\nOver more than a decade';

describe('lineLookup', () => {
  test('gives the line of each offset, a line break belonging to the line it ends', () => {
    const lineOf = lineLookup(TEXT);
    expect([0, 3, 4, 17, 18, 21, 22, TEXT.length].map(lineOf)).toEqual([1, 1, 2, 2, 3, 3, 4, 5]);
  });

  test('gives line 1 for any offset of a text without line breaks', () => {
    expect(lineLookup('Titans')(4)).toBe(1);
    expect(lineLookup('')(0)).toBe(1);
  });
});

describe('lineAt', () => {
  test('is the line of one offset', () => {
    expect(lineAt(TEXT, TEXT.indexOf('Over'))).toBe(5);
    expect(lineAt(TEXT, TEXT.indexOf('title'))).toBe(2);
  });
});
