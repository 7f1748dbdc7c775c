import { getRssString } from '@astrojs/rss';
import { describe, expect, test } from 'vitest';
import { feedItems, latestListed } from './feed.ts';
import { paper } from './fixtures/papers.ts';
import type { TopicGroup } from './group-topics.ts';

const papers = [
  paper('old-news', { published: '2025-01-01', appearances: [{ digest: '2026-02-16', comments: 0 }] }),
  paper('fresh', {
    published: '2020-01-01',
    appearances: [{ digest: '2026-04-20', comments: 0 }],
    topics: ['reasoning'],
  }),
  paper('middle', { appearances: [{ digest: '2026-03-03', comments: 0 }] }),
  paper('fresh-too', { appearances: [{ digest: '2026-04-20', comments: 0 }] }),
];
const topicById = new Map<string, TopicGroup>([
  ['reasoning', { id: 'reasoning', title: 'Reasoning', description: '', papers: [] }],
]);

describe('latestListed', () => {
  test('puts the papers first listed most recently first, keeping the given order within a digest', () => {
    expect(latestListed(papers, 10).map((entry) => entry.slug)).toEqual(['fresh', 'fresh-too', 'middle', 'old-news']);
    expect(latestListed(papers, 2).map((entry) => entry.slug)).toEqual(['fresh', 'fresh-too']);
  });
});

describe('feedItems', () => {
  test('gives absolute links, the date of the digest that added each paper, named, and topics as categories', () => {
    const [first] = feedItems(
      [
        paper(
          'fresh',
          {
            title: 'Fresh',
            published: '2020-01-01',
            appearances: [
              { digest: '2026-04-27', comments: 3 },
              { digest: '2026-04-20', comments: 0 },
            ],
            topics: ['reasoning'],
          },
          'An abstract.',
        ),
      ],
      topicById,
      new URL('https://example.org/'),
      50,
    );
    expect(first).toEqual({
      title: 'Fresh',
      link: new URL(`${import.meta.env.BASE_URL}papers/fresh/`, 'https://example.org/').href,
      pubDate: new Date('2026-04-20T00:00:00Z'),
      description: 'Listed Apr 20, 2026; published Jan 1, 2020. An abstract.',
      categories: ['Reasoning'],
    });
  });

  test('refuses to build a feed without the site’s URL', () => {
    expect(() => feedItems(papers, topicById, undefined, 50)).toThrow(/feeds need absolute links/);
  });

  test('make a well-formed feed even from a hostile title', async () => {
    const items = feedItems(
      [paper('x', { title: '</title><script>alert(1)</script> & more' }, 'Text with <b>tags</b> & ampersands.')],
      topicById,
      new URL('https://example.org/'),
      50,
    );
    const xml = await getRssString({ title: 'Feed', description: 'd', site: 'https://example.org/', items });
    expect(xml).toContain('<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; more</title>');
    expect(xml).toContain(
      '<description>Listed Feb 16, 2026; no published date. Text with &lt;b&gt;tags&lt;/b&gt; &amp; ampersands.</description>',
    );
    expect(xml).not.toContain('<script>');
  });
});
