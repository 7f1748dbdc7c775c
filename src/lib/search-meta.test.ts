import { describe, expect, test } from 'vitest';
import { withDigits } from './digitless.ts';
import { paper } from './fixtures/papers.ts';
import { paperSearchMeta } from './search-meta.ts';

describe('paperSearchMeta', () => {
  const kv = paper(
    'kv-cache',
    {
      title: 'KV-Cache Compression for GPT-4',
      arxiv: '2501.00663',
      published: '2024-12-31',
      appearances: [
        { digest: '2026-10-02', comments: 3, upvotes: 12 },
        { digest: '2025-01-03', comments: 1 },
      ],
      comments: 3,
      upvotes: 12,
    },
    'We compress the KV-cache of state-of-the-art models.',
  );

  test('gives a result its title as written, its dates and counts without digits, and its arXiv id', () => {
    const attributes = paperSearchMeta(kv, []);
    expect(attributes).toMatchObject({
      'data-meta-title': 'KV-Cache Compression for GPT-4',
      'data-meta-published': '%!%)-$%-($',
      'data-meta-arxiv': '2501.00663',
    });
    expect(attributes['data-pagefind-meta']).toBe(
      'title[data-meta-title], published[data-meta-published], listed[data-meta-listed], comments[data-meta-comments], upvotes[data-meta-upvotes], arxiv[data-meta-arxiv], joined[data-meta-joined]',
    );
    for (const key of ['published', 'listed', 'comments', 'upvotes'] as const) {
      expect(attributes[`data-meta-${key}`], key).not.toMatch(/[\p{L}\p{N}]/u);
    }
    expect(withDigits(attributes['data-meta-published'] ?? '')).toBe('2024-12-31');
    expect(withDigits(attributes['data-meta-listed'] ?? '')).toBe('2025-01-03');
    expect(withDigits(attributes['data-meta-comments'] ?? '')).toBe('3');
    expect(withDigits(attributes['data-meta-upvotes'] ?? '')).toBe('12');
  });

  test('gives the words its dashes break, from all its indexed text, written together, each on its own', () => {
    expect(paperSearchMeta(kv, ['Jean-Pierre Dupont', 'Vision-language models'])['data-meta-joined']).toBe(
      'kvcache / stateoftheart / jeanpierre / visionlanguage',
    );
  });

  test('leaves out what a paper does not have', () => {
    const plain = paperSearchMeta(paper('latent-lens', { title: 'LatentLens' }), ['Ant Group']);
    expect(plain['data-pagefind-meta']).toBe(
      'title[data-meta-title], listed[data-meta-listed], comments[data-meta-comments]',
    );
    expect(Object.keys(plain).filter((key) => key.startsWith('data-meta-'))).toEqual([
      'data-meta-title',
      'data-meta-listed',
      'data-meta-comments',
    ]);
  });
});
