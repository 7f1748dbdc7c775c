import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { listingFeedItems, type FeedPeriod } from './listing-feed.ts';

/** A period whose `count` papers, ranked, show `upvotes - rank` upvotes and 2 comments. */
function period(when: string, latest: string, count: number, upvotes = 100): FeedPeriod {
  return {
    when,
    href: `/weeks/${latest}/`,
    latest,
    entries: Array.from({ length: count }, (_, index) => {
      const appearance = { digest: latest, comments: 2, upvotes: upvotes - index };
      return { paper: paper(`p${String(index + 1)}`, { title: `Paper ${String(index + 1)}` }), appearance };
    }),
  };
}

const site = new URL('https://example.org/');

describe('listingFeedItems', () => {
  test('gives each period an item linking its page, dated by its latest day listed, naming its top five papers', () => {
    const [item] = listingFeedItems([period('in the week of Apr 13–19, 2026', '2026-04-17', 7)], site, 10);
    expect(item).toEqual({
      title: 'Papers listed in the week of Apr 13–19, 2026',
      link: 'https://example.org/weeks/2026-04-17/',
      pubDate: new Date('2026-04-17T00:00:00Z'),
      description:
        '7 papers listed in the week of Apr 13–19, 2026, ranked by upvotes, then comments; dated by the latest day listed. ' +
        '1. Paper 1 (2 comments, 100 upvotes) 2. Paper 2 (2 comments, 99 upvotes) 3. Paper 3 (2 comments, 98 upvotes) ' +
        '4. Paper 4 (2 comments, 97 upvotes) 5. Paper 5 (2 comments, 96 upvotes)',
    });
  });

  test('keeps the latest `limit` periods, in the order given', () => {
    const items = listingFeedItems(
      [
        period('on Apr 20, 2026', '2026-04-20', 1),
        period('on Mar 3, 2026', '2026-03-03', 1),
        period('x', '2026-02-16', 1),
      ],
      site,
      2,
    );
    expect(items.map((item) => item.title)).toEqual(['Papers listed on Apr 20, 2026', 'Papers listed on Mar 3, 2026']);
  });

  test('refuses to build a feed without the site’s URL', () => {
    expect(() => listingFeedItems([], undefined, 10)).toThrow(/feeds need absolute links/);
  });

  test('makes a well-formed feed even from a hostile title', async () => {
    const hostile = period('on Apr 20, 2026', '2026-04-20', 1);
    const [entry] = hostile.entries;
    if (!entry) throw new Error('no entry');
    const items = listingFeedItems(
      [{ ...hostile, entries: [{ ...entry, paper: paper('x', { title: '</description><script>1</script>' }) }] }],
      site,
      1,
    );
    const xml = await getRssString({ title: 'Feed', description: 'd', site: 'https://example.org/', items });
    expect(xml).toContain('1. &lt;/description&gt;&lt;script&gt;1&lt;/script&gt; (2 comments, 100 upvotes)');
    expect(xml).not.toContain('<script>');
  });
});
