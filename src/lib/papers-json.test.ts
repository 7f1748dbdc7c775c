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

  test('carries the authors’ names and the repository’s stars when a listing gave them', () => {
    // src/model/fixtures/daily-papers-2025-01-01.json: five authors, one hidden on the Hub, so four names.
    const record = paperRecord(
      paper('high-resolution-image-synthesis-with-latent-diffusion-models', {
        title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
        arxiv: '2112.10752',
        authors: 5,
        author_names: ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser', 'Björn Ommer'],
        github_stars: 13241,
        repos: ['https://github.com/CompVis/latent-diffusion'],
      }),
      new URL('https://example.org/'),
    );
    expect({ authors: record.authors, author_names: record.author_names, github_stars: record.github_stars }).toEqual({
      authors: 5,
      author_names: ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser', 'Björn Ommer'],
      github_stars: 13241,
    });
  });
});
