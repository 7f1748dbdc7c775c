import { describe, expect, test } from 'vitest';
import { onePage, PAGE_SIZE, pageLinks, pageParam, pagedPaths, paginate } from './pagination.ts';

describe('onePage', () => {
  test('holds a whole listing, however long, as page 1 of 1', () => {
    const items = Array.from({ length: 120 }, (_, index) => index);
    expect(onePage(items)).toEqual({ number: 1, count: 1, total: 120, start: 0, items });
    expect(onePage([])).toEqual({ number: 1, count: 1, total: 0, start: 0, items: [] });
  });
});

describe('paginate', () => {
  test('splits a listing into pages of the page size, the last page holding the rest', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 + 3 }, (_, index) => index);
    const pages = paginate(items);
    expect(pages.map((page) => page.items.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 3]);
    expect(pages[2]).toEqual({
      number: 3,
      count: 3,
      total: PAGE_SIZE * 2 + 3,
      start: PAGE_SIZE * 2,
      items: [40, 41, 42],
    });
  });

  test('gives an empty listing one empty page', () => {
    expect(paginate([], 10)).toEqual([{ number: 1, count: 1, total: 0, start: 0, items: [] }]);
  });

  test('fills exactly full pages without an empty page after them', () => {
    expect(paginate([1, 2, 3, 4], 2).map((page) => page.items)).toEqual([
      [1, 2],
      [3, 4],
    ]);
  });

  test('refuses a page size that is not a positive integer', () => {
    expect(() => paginate([1], 0)).toThrow('page size must be a positive integer, got 0');
    expect(() => paginate([1], 1.5)).toThrow(RangeError);
  });
});

describe('pageParam', () => {
  test('is nothing for page 1 and page/n after it', () => {
    expect(pageParam(1)).toBeUndefined();
    expect(pageParam(2)).toBe('page/2');
    expect(pageParam(250)).toBe('page/250');
  });
});

describe('pagedPaths', () => {
  test('gives one static path per page, with the listing’s parameters and props', () => {
    const items = Array.from({ length: PAGE_SIZE + 1 }, (_, index) => index);
    const result = pagedPaths(items, { id: 'reasoning' }, { title: 'Reasoning' }, 'listing');
    expect(result.map((entry) => entry.params)).toEqual([
      { id: 'reasoning', page: undefined },
      { id: 'reasoning', page: 'page/2' },
    ]);
    expect(result[1]?.props.title).toBe('Reasoning');
    expect(result[1]?.props.page.items).toEqual([PAGE_SIZE]);
  });

  test('keys each page by the listing and its own page, so only pages that show a change change', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 }, (_, index) => index);
    const keys = (list: number[], listing = 'reasoning'): string[] =>
      pagedPaths(list, { id: 'reasoning' }, {}, listing).map((entry) => entry.cacheKey);
    const before = keys(items);
    expect(new Set(before).size).toBe(2);
    expect(keys(items)).toEqual(before);
    const lastChanged = items.map((item) => (item === PAGE_SIZE * 2 - 1 ? -1 : item));
    expect(keys(lastChanged)[0]).toBe(before[0]);
    expect(keys(lastChanged)[1]).not.toBe(before[1]);
    // One more item changes the total and the page count, which every page shows.
    expect(keys([...items, 99]).slice(0, 2)).not.toContain(before[0]);
    expect(keys(items, 'reasoning, renamed')).not.toContain(before[0]);
  });
});

describe('pageLinks', () => {
  const shown = (current: number, count: number): string =>
    pageLinks(current, count)
      .map((link) => (link.type === 'gap' ? '…' : link.current ? `[${link.number}]` : String(link.number)))
      .join(' ');

  test('shows every page of a short listing', () => {
    expect(shown(1, 1)).toBe('[1]');
    expect(shown(2, 5)).toBe('1 [2] 3 4 5');
  });

  test('shows the first, the last and two either side of the current page, with gaps', () => {
    expect(shown(1, 2500)).toBe('[1] 2 3 … 2500');
    expect(shown(1250, 2500)).toBe('1 … 1248 1249 [1250] 1251 1252 … 2500');
    expect(shown(2500, 2500)).toBe('1 … 2498 2499 [2500]');
  });

  test('shows a single hidden page as its number rather than a gap', () => {
    expect(shown(5, 10)).toBe('1 2 3 4 [5] 6 7 … 10');
    expect(shown(6, 10)).toBe('1 … 4 5 [6] 7 8 9 10');
  });
});
