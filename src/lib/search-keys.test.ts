import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { paperSearchKeys } from './search-keys.ts';

describe('paperSearchKeys', () => {
  test('gives the first listing date as sort key and metadata, its year as filter, and the arXiv id as metadata', () => {
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
      'data-arxiv': '2501.00663',
      'data-pagefind-sort': 'listed[data-listed]',
      'data-pagefind-filter': 'listed[data-listed-year]',
      'data-pagefind-meta': 'listed[data-listed], arxiv[data-arxiv]',
    });
  });

  test('leaves the arXiv id out for a paper without one', () => {
    const keys = paperSearchKeys(paper('latent-lens'));
    expect(keys['data-pagefind-meta']).toBe('listed[data-listed]');
    expect(keys).not.toHaveProperty('data-arxiv');
  });
});
