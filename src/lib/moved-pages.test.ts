import { describe, expect, test } from 'vitest';
import { isMovedPage, movedDayPages } from './moved-pages.ts';

describe('movedDayPages', () => {
  test('gives the pages after the first that a day had at twenty papers a page', () => {
    // The digests of Oct 2 and Apr 20, 2026 list 120 and 31 papers.
    expect(movedDayPages('2026-10-02', 120)).toEqual([2, 3, 4, 5, 6]);
    expect(movedDayPages('2026-04-20', 31)).toEqual([2]);
  });

  test('starts a page at each twenty-first paper, and gives none to a day that fitted on one', () => {
    expect(movedDayPages('2026-03-03', 40)).toEqual([2]);
    expect(movedDayPages('2026-03-03', 41)).toEqual([2, 3]);
    expect(movedDayPages('2026-03-03', 20)).toEqual([]);
    expect(movedDayPages('2026-03-03', 1)).toEqual([]);
    expect(movedDayPages('2026-03-03', 0)).toEqual([]);
  });

  test('gives none to a day listed after days became one page, however many papers it lists', () => {
    expect(movedDayPages('2026-10-03', 120)).toEqual([]);
    expect(movedDayPages('2027-01-05', 41)).toEqual([]);
  });
});

describe('isMovedPage', () => {
  test('knows a day’s later page, at the root and under a base path, as a path or a URL', () => {
    expect(isMovedPage('/digests/2026-04-20/page/2/')).toBe(true);
    expect(isMovedPage('https://example.org/paper-archive/digests/2026-10-02/page/6/')).toBe(true);
  });

  test('leaves out every page the site serves, the later pages of other listings among them', () => {
    for (const path of [
      '/digests/2026-04-20/',
      '/digests/page/2/',
      '/weeks/2026-W40/page/2/',
      '/months/2026-10/page/2/',
      '/dates/2026/04/page/2/',
      '/topics/agents/page/2/',
    ]) {
      expect(isMovedPage(path), path).toBe(false);
    }
  });
});
