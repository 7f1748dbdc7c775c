import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { narrowingLinks } from './search-links.ts';
import { searchHref } from './search-state.ts';

const code = ['https://github.com/fxmeng/TransMLA'];
const PAPERS = [
  paper('a', { published: '2026-01-02', repos: code }),
  paper('b', { published: '2025-05-22' }),
  paper('c', { published: '2025-02-11', repos: code }),
  paper('d', { published: '2024-06-22' }),
  paper('e', { published: '2023-09-12' }),
  paper('f', { published: '2020-01-01' }),
  paper('undated'),
];

describe('searchHref, for the links listings make', () => {
  test('writes the filters as the search page’s parameters, in one order, leaving out what is unset', () => {
    expect(searchHref('/search/', { year: '2025', topic: 'reasoning', code: 'yes' })).toBe(
      '/search/?topic=reasoning&year=2025&code=yes',
    );
    expect(searchHref('/paper-archive/search/', { organisation: 'meituan-longcat', query: 'sink & attention' })).toBe(
      '/paper-archive/search/?q=sink+%26+attention&organisation=meituan-longcat',
    );
    expect(searchHref('/search/', {})).toBe('/search/');
  });
});

describe('narrowingLinks', () => {
  test('offers the whole listing, its latest four years of publication and its papers with code', () => {
    expect(narrowingLinks('/search/', { topic: 'reasoning' }, PAPERS)).toEqual([
      { label: 'all', href: '/search/?topic=reasoning', count: 7 },
      { label: '2026', href: '/search/?topic=reasoning&year=2026', count: 1 },
      { label: '2025', href: '/search/?topic=reasoning&year=2025', count: 2 },
      { label: '2024', href: '/search/?topic=reasoning&year=2024', count: 1 },
      { label: '2023', href: '/search/?topic=reasoning&year=2023', count: 1 },
      { label: 'with code', href: '/search/?topic=reasoning&code=yes', count: 2 },
    ]);
  });

  test('leaves out what the listing already is: its year, or code when every paper has some', () => {
    const ofYear = PAPERS.filter((entry) => entry.year === '2025');
    expect(narrowingLinks('/search/', { year: '2025' }, ofYear).map((link) => link.label)).toEqual([
      'all',
      'with code',
    ]);
    const withCode = PAPERS.filter((entry) => entry.repos.length > 0);
    expect(narrowingLinks('/search/', { code: 'yes' }, withCode).map((link) => link.label)).toEqual([
      'all',
      '2026',
      '2025',
    ]);
  });

  test('leaves out a year that holds the whole listing, and code that no paper has', () => {
    const one = [paper('only', { published: '2024-06-22' })];
    expect(narrowingLinks('/search/', { organisation: 'amd' }, one).map((link) => link.label)).toEqual(['all']);
  });
});

describe('narrowingLinks, for a listing its scope finds', () => {
  test('narrows a day listed by the years of publication and code, by the day’s date', () => {
    expect(narrowingLinks('/search/', { 'listed-day': '2026-04-20' }, PAPERS.slice(0, 3))).toEqual([
      { label: 'all', href: '/search/?listed-day=2026-04-20', count: 3 },
      { label: '2026', href: '/search/?listed-day=2026-04-20&year=2026', count: 1 },
      { label: '2025', href: '/search/?listed-day=2026-04-20&year=2025', count: 2 },
      { label: 'with code', href: '/search/?listed-day=2026-04-20&code=yes', count: 2 },
    ]);
  });

  test('offers a month of publication no year, as its papers share one', () => {
    const may = [paper('m1', { published: '2025-05-22' }), paper('m2', { published: '2025-05-02', repos: code })];
    expect(narrowingLinks('/search/', { month: '2025-05' }, may).map((link) => link.href)).toEqual([
      '/search/?month=2025-05',
      '/search/?month=2025-05&code=yes',
    ]);
  });

  test('offers a repository owner no code link, as every paper of theirs has code', () => {
    const owned = PAPERS.filter((entry) => entry.repos.length > 0);
    expect(narrowingLinks('/search/', { owner: 'github.com/fxmeng' }, owned).map((link) => link.href)).toEqual([
      '/search/?owner=github.com%2Ffxmeng',
      '/search/?owner=github.com%2Ffxmeng&year=2026',
      '/search/?owner=github.com%2Ffxmeng&year=2025',
    ]);
  });
});
