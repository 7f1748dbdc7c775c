import { describe, expect, test } from 'vitest';
import { createPaths, paths } from './paths.ts';

describe('createPaths', () => {
  const root = createPaths('/');
  const sub = createPaths('/paper-archive/');

  test('puts every page under the base path, ending in a slash', () => {
    expect(sub.home()).toBe('/paper-archive/');
    expect(sub.paper('re-reading-improves-reasoning')).toBe('/paper-archive/papers/re-reading-improves-reasoning/');
    expect(sub.topics()).toBe('/paper-archive/topics/');
    expect(sub.topic('reasoning')).toBe('/paper-archive/topics/reasoning/');
    expect(sub.dates()).toBe('/paper-archive/dates/');
    expect(sub.year('2025')).toBe('/paper-archive/dates/2025/');
    expect(sub.month('2025', '09')).toBe('/paper-archive/dates/2025/09/');
    expect(sub.undated()).toBe('/paper-archive/dates/undated/');
    expect(sub.digests()).toBe('/paper-archive/digests/');
    expect(sub.digest('2026-02-16')).toBe('/paper-archive/digests/2026-02-16/');
    expect(sub.weeks()).toBe('/paper-archive/weeks/');
    expect(sub.week('2026-W17')).toBe('/paper-archive/weeks/2026-W17/');
    expect(sub.months()).toBe('/paper-archive/months/');
    expect(sub.listedMonth('2026-04')).toBe('/paper-archive/months/2026-04/');
    expect(sub.data()).toBe('/paper-archive/data/');
    expect(sub.repos()).toBe('/paper-archive/repos/');
    expect(sub.repoOwner('github.com', 'ziplab')).toBe('/paper-archive/repos/github.com/ziplab/');
    expect(sub.orgs()).toBe('/paper-archive/orgs/');
    expect(sub.org('alibaba-inc')).toBe('/paper-archive/orgs/alibaba-inc/');
    expect(sub.authors()).toBe('/paper-archive/authors/');
    expect(sub.author('ali-behrouz')).toBe('/paper-archive/authors/ali-behrouz/');
    expect(sub.about()).toBe('/paper-archive/about/');
    expect(sub.search()).toBe('/paper-archive/search/');
  });

  test('names files without a trailing slash', () => {
    expect(sub.feed()).toBe('/paper-archive/rss.xml');
    expect(sub.topicFeed('reasoning')).toBe('/paper-archive/topics/reasoning/rss.xml');
    expect(sub.papersJson()).toBe('/paper-archive/papers.json');
    expect(sub.dataFile('papers-2026-04.json')).toBe('/paper-archive/data/papers-2026-04.json');
    expect(sub.digestsFeed()).toBe('/paper-archive/digests/rss.xml');
    expect(sub.weeksFeed()).toBe('/paper-archive/weeks/rss.xml');
    expect(sub.monthsFeed()).toBe('/paper-archive/months/rss.xml');
    expect(sub.sitemap()).toBe('/paper-archive/sitemap-index.xml');
    expect(sub.favicon()).toBe('/paper-archive/favicon.svg');
    expect(sub.pagefind()).toBe('/paper-archive/pagefind/pagefind.js');
  });

  test('adds page/n/ for pages after the first, and nothing for page 1', () => {
    expect(root.topic('reasoning', 1)).toBe('/topics/reasoning/');
    expect(root.topic('reasoning', 2)).toBe('/topics/reasoning/page/2/');
    expect(root.month('2025', '09', 3)).toBe('/dates/2025/09/page/3/');
    expect(root.digests(2)).toBe('/digests/page/2/');
    expect(root.week('2026-W17', 2)).toBe('/weeks/2026-W17/page/2/');
    expect(root.listedMonth('2026-04', 3)).toBe('/months/2026-04/page/3/');
    expect(sub.org('apple', 12)).toBe('/paper-archive/orgs/apple/page/12/');
    expect(root.authors(4)).toBe('/authors/page/4/');
    expect(root.author('wei-li-2', 2)).toBe('/authors/wei-li-2/page/2/');
  });

  test('accepts the base path with or without its slashes', () => {
    for (const base of ['/paper-archive', 'paper-archive/', 'paper-archive', '/paper-archive//']) {
      expect(createPaths(base).topics()).toBe('/paper-archive/topics/');
    }
    for (const base of ['/', '', '//']) expect(createPaths(base).home()).toBe('/');
  });

  test('encodes each path segment', () => {
    expect(root.org('a b')).toBe('/orgs/a%20b/');
    expect(root.paper('x/y')).toBe('/papers/x%2Fy/');
  });
});

describe('paths', () => {
  test('uses the build’s base path', () => {
    expect(paths.base).toBe(createPaths(import.meta.env.BASE_URL).base);
    expect(paths.topics()).toBe(`${paths.base}topics/`);
  });
});
