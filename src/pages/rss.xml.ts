import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { feedItems } from '../lib/feed.ts';
import { getArchive } from '../lib/load-archive.ts';
import { paths } from '../lib/paths.ts';
import { FEED_SIZE, SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { papers, topicById } = await getArchive();
  return rss({
    title: `${SITE_NAME}: latest papers`,
    description: SITE_DESCRIPTION,
    site: new URL(paths.home(), site),
    items: feedItems(papers, topicById, site, FEED_SIZE),
  });
};
