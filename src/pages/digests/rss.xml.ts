import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { formatDate } from '../../lib/format.ts';
import { listingFeedItems } from '../../lib/listing-feed.ts';
import { getArchive } from '../../lib/load-archive.ts';
import { paths } from '../../lib/paths.ts';
import { PERIOD_FEED_SIZE, SITE_NAME } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { digests } = await getArchive();
  return rss({
    title: `${SITE_NAME}: each day listed`,
    description: 'One item a day: the papers a daily papers digest listed, most upvoted first.',
    site: new URL(paths.digests(), site),
    items: listingFeedItems(
      digests.map((digest) => ({
        when: `on ${formatDate(digest.date)}`,
        href: paths.digest(digest.date),
        latest: digest.date,
        entries: digest.ranked,
      })),
      site,
      PERIOD_FEED_SIZE,
    ),
  });
};
