import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { listingFeedItems } from '../../lib/listing-feed.ts';
import { getArchive } from '../../lib/load-archive.ts';
import { paths } from '../../lib/paths.ts';
import { PERIOD_FEED_SIZE, SITE_NAME } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { months } = await getArchive();
  return rss({
    title: `${SITE_NAME}: each month listed`,
    description: 'One item a month: the papers the daily papers digests listed that month, most upvoted first.',
    site: new URL(paths.months(), site),
    items: listingFeedItems(
      months.map((month) => ({
        when: `in ${month.name}`,
        href: paths.listedMonth(month.id),
        latest: month.days[0] ?? month.last,
        entries: month.entries,
      })),
      site,
      PERIOD_FEED_SIZE,
    ),
  });
};
