/** Feed items for the latest papers: the papers most recently added to the archive, with their topics. */
import type { RSSFeedItem } from '@astrojs/rss';
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

/** RSS items for the latest of `papers`: absolute links, the digest date that added each, topics as categories. */
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
    description: excerpt(paper.abstract, 500),
    categories: paper.data.topics.map((id) => topicById.get(id)?.title ?? id),
  }));
}
