import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { paperSearchKeys, scopeFilterElements } from './search-keys.ts';

describe('paperSearchKeys', () => {
  test('gives the first listing date as sort key and its year as filter', () => {
    const titans = paper('titans', {
      arxiv: '2501.00663',
      appearances: [
        { digest: '2026-10-02', comments: 3 },
        { digest: '2025-01-03', comments: 1 },
      ],
    });
    expect(paperSearchKeys(titans)).toEqual({
      'data-listed': '2025-01-03',
      'data-listed-year': '2025',
      'data-pagefind-sort': 'listed[data-listed]',
      'data-pagefind-filter': 'listed[data-listed-year]',
    });
  });
});

describe('scopeFilterElements', () => {
  test('gives one element per value of each scope, its value in an attribute', () => {
    expect(
      scopeFilterElements({
        'listed-day': ['2026-03-03', '2026-02-16'],
        'listed-week': ['2026-W10', '2026-W08'],
        'listed-month': ['2026-03', '2026-02'],
        month: ['2025-05'],
        owner: ['github.com/fxmeng'],
      }),
    ).toEqual([
      { 'data-pagefind-filter': 'listed-day[data-value]', 'data-value': '2026-03-03' },
      { 'data-pagefind-filter': 'listed-day[data-value]', 'data-value': '2026-02-16' },
      { 'data-pagefind-filter': 'listed-week[data-value]', 'data-value': '2026-W10' },
      { 'data-pagefind-filter': 'listed-week[data-value]', 'data-value': '2026-W08' },
      { 'data-pagefind-filter': 'listed-month[data-value]', 'data-value': '2026-03' },
      { 'data-pagefind-filter': 'listed-month[data-value]', 'data-value': '2026-02' },
      { 'data-pagefind-filter': 'month[data-value]', 'data-value': '2025-05' },
      { 'data-pagefind-filter': 'owner[data-value]', 'data-value': 'github.com/fxmeng' },
    ]);
  });

  test('gives none for a paper in no listing of any kind', () => {
    expect(
      scopeFilterElements({ 'listed-day': [], 'listed-week': [], 'listed-month': [], month: [], owner: [] }),
    ).toEqual([]);
  });
});
