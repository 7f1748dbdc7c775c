import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { paperRecord } from './papers-json.ts';

describe('paperRecord', () => {
  test('gives a paper’s slug, absolute URL, frontmatter and abstract text', () => {
    const record = paperRecord(
      paper(
        'fit',
        {
          title: 'FIT: Far-reaching Interleaved Transformers',
          published: '2023-05-22',
          authors: 3,
          appearances: [{ digest: '2026-02-16', comments: 1 }],
          comments: 1,
          topics: ['architectures'],
        },
        'We present FIT.',
      ),
      new URL('https://example.org/'),
    );
    expect(record).toEqual({
      slug: 'fit',
      url: new URL(`${import.meta.env.BASE_URL}papers/fit/`, 'https://example.org/').href,
      title: 'FIT: Far-reaching Interleaved Transformers',
      listed_title: 'FIT: Far-reaching Interleaved Transformers',
      published: '2023-05-22',
      authors: 3,
      appearances: [{ digest: '2026-02-16', comments: 1 }],
      comments: 1,
      repos: [],
      links: [],
      topics: ['architectures'],
      abstract: 'We present FIT.',
    });
  });

  test('carries a paper’s arXiv id and upvotes when its file has them', () => {
    const record = paperRecord(
      paper('titans-learning-to-memorize-at-test-time', {
        title: 'Titans: Learning to Memorize at Test Time',
        arxiv: '2501.00663',
        published: '2024-12-31',
        authors: 3,
        appearances: [{ digest: '2026-02-16', comments: 3, upvotes: 41 }],
        comments: 3,
        upvotes: 41,
        topics: ['architectures'],
      }),
      new URL('https://example.org/'),
    );
    expect({ arxiv: record.arxiv, upvotes: record.upvotes, appearances: record.appearances }).toEqual({
      arxiv: '2501.00663',
      upvotes: 41,
      appearances: [{ digest: '2026-02-16', comments: 3, upvotes: 41 }],
    });
  });
});
