/** Feed items for the latest papers: the papers most recently added to the archive, with their topics. */
import type { RSSFeedItem } from '@astrojs/rss';
import { formatDate } from './format.ts';
import type { TopicGroup } from './group-topics.ts';
import type { Paper } from './paper.ts';
import { paths } from './paths.ts';
import { excerpt } from './plain-text.ts';

/**
 * The `limit` papers most recently listed for the first time, latest first. Papers that entered the
 * archive with the same digest keep the order they are given in.
 */
export function latestListed(papers: readonly Paper[], limit: number): Paper[] {
  return papers
    .map((paper, index) => ({ paper, index }))
    .sort((a, b) =>
      a.paper.firstListed === b.paper.firstListed
        ? a.index - b.index
        : a.paper.firstListed < b.paper.firstListed
          ? 1
          : -1,
    )
    .slice(0, limit)
    .map(({ paper }) => paper);
}

/** The length of an item's excerpt of the abstract, in characters. */
const DESCRIPTION_LENGTH = 500;

/**
 * The two dates of a paper, named, for an item's description: the item's date is the day it was listed, which a
 * reader would otherwise take for the day it was published.
 */
export function datesLine(paper: Paper): string {
  const published = paper.data.published;
  return `Listed ${formatDate(paper.firstListed)}; ${published === undefined ? 'no published date' : `published ${formatDate(published)}`}.`;
}

/**
 * RSS items for the latest of `papers`: absolute links, the date of the digest that added each (said so in the
 * description, beside the date it was published), topics as categories.
 */
export function feedItems(
  papers: readonly Paper[],
  topicById: ReadonlyMap<string, TopicGroup>,
  site: URL | undefined,
  limit: number,
): RSSFeedItem[] {
  if (!site) throw new Error('feeds need absolute links: set `site` in astro.config.mjs (the SITE variable)');
  return latestListed(papers, limit).map((paper) => ({
    title: paper.data.title,
    link: new URL(paths.paper(paper.slug), site).href,
    pubDate: new Date(`${paper.firstListed}T00:00:00Z`),
    description: [datesLine(paper), excerpt(paper.abstract, DESCRIPTION_LENGTH)].filter(Boolean).join(' '),
    categories: paper.data.topics.map((id) => topicById.get(id)?.title ?? id),
  }));
}
