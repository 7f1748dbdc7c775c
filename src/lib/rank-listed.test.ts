import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { rankListed, type ListedPaper } from './rank-listed.ts';

/** A listing of `slug` in the digest of Apr 20, 2026, with the counts it showed. */
function listed(slug: string, comments: number, upvotes?: number): ListedPaper {
  const appearance = { digest: '2026-04-20', comments, ...(upvotes === undefined ? {} : { upvotes }) };
  return { paper: paper(slug, { appearances: [appearance] }), appearance };
}

const slugs = (entries: readonly ListedPaper[]): string[] => entries.map((entry) => entry.paper.slug);

describe('rankListed', () => {
  test('puts the most upvoted first, whatever the comments', () => {
    expect(slugs(rankListed([listed('few', 9, 2), listed('many', 0, 173), listed('some', 3, 18)]))).toEqual([
      'many',
      'some',
      'few',
    ]);
  });

  test('ranks listings without upvotes by comments, after every listing that showed upvotes', () => {
    expect(
      slugs(
        rankListed([listed('quiet', 0), listed('talked-about', 12), listed('unloved', 0, 0), listed('liked', 1, 5)]),
      ),
    ).toEqual(['liked', 'unloved', 'talked-about', 'quiet']);
  });

  test('keeps the listing order between equals', () => {
    expect(slugs(rankListed([listed('a', 0), listed('b', 2), listed('c', 0), listed('d', 2)]))).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
  });

  test('leaves the listings it was given alone', () => {
    const given = [listed('a', 0), listed('b', 1)];
    rankListed(given);
    expect(slugs(given)).toEqual(['a', 'b']);
  });
});
