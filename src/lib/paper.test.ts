import { describe, expect, test } from 'vitest';
import { paper, paperInput } from './fixtures/papers.ts';
import { EXCERPT_LENGTH, newestFirst, toPaper } from './paper.ts';

describe('toPaper', () => {
  test('derives the year, the month, the first and latest listing and the repositories', () => {
    const result = toPaper(
      paperInput('retrieval-head', {
        published: '2024-04-24',
        appearances: [
          { digest: '2026-03-03', comments: 4 },
          { digest: '2026-02-16', comments: 2 },
        ],
        repos: ['https://github.com/nightdessert/Retrieval_Head'],
      }),
    );
    expect(result.year).toBe('2024');
    expect(result.month).toBe('04');
    expect(result.firstListed).toBe('2026-02-16');
    expect(result.lastListed).toBe('2026-03-03');
    expect(result.repos.map((repo) => `${repo.host} ${repo.owner} ${repo.name}`)).toEqual([
      'github.com nightdessert Retrieval_Head',
    ]);
  });

  test('has a revision that changes with anything in its file and only then', () => {
    const base = paper('revised', { comments: 3 });
    expect(paper('revised', { comments: 3 }).revision).toBe(base.revision);
    expect(paper('revised', { comments: 4 }).revision).not.toBe(base.revision);
    expect(toPaper({ ...paperInput('revised', { comments: 3 }), html: '<p>Edited.</p>' }).revision).not.toBe(
      base.revision,
    );
  });

  test('has the excerpt listings show: the start of the abstract, cut at a word', () => {
    const long = paper('long', {}, 'Sparse attention keeps the cache small. '.repeat(10));
    expect(long.excerpt).toBe(`${'Sparse attention keeps the cache small. '.repeat(5)}Sparse attention…`);
    expect(long.excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(paper('short', {}, 'One line.').excerpt).toBe('One line.');
    expect(paper('none', {}, '').excerpt).toBe('');
  });

  test('keeps only web addresses among the other links', () => {
    const result = paper('links', { links: ['https://hf.co/x', 'javascript:alert(1)', 'HTTP://y.example', 'data:,x'] });
    expect(result.links).toEqual(['https://hf.co/x', 'HTTP://y.example']);
  });

  test('leaves the year and month undefined for a paper without a published date', () => {
    const result = paper('latent-lens');
    expect(result.year).toBeUndefined();
    expect(result.month).toBeUndefined();
  });
});

describe('newestFirst', () => {
  test('orders by published date, latest first, then undated papers by latest listing, then by title', () => {
    const papers = [
      paper('b-old', { title: 'B', published: '2023-01-01' }),
      paper('undated-early', { title: 'U1', appearances: [{ digest: '2026-02-16', comments: 0 }] }),
      paper('a-new', { title: 'A', published: '2025-06-01' }),
      paper('undated-late', { title: 'U2', appearances: [{ digest: '2026-04-20', comments: 0 }] }),
      paper('c-old', { title: 'a', published: '2023-01-01' }),
    ];
    expect(papers.sort(newestFirst).map((entry) => entry.slug)).toEqual([
      'a-new',
      'c-old',
      'b-old',
      'undated-late',
      'undated-early',
    ]);
  });

  test('breaks a tie of date and title by slug', () => {
    const papers = [paper('x-2', { title: 'X' }), paper('x', { title: 'X' })];
    expect(papers.sort(newestFirst).map((entry) => entry.slug)).toEqual(['x', 'x-2']);
  });
});
