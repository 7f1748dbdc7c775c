import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { listingFeedItems } from '../../lib/listing-feed.ts';
import { getArchive } from '../../lib/load-archive.ts';
import { paths } from '../../lib/paths.ts';
import { PERIOD_FEED_SIZE, SITE_NAME } from '../../lib/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const { weeks } = await getArchive();
  return rss({
    title: `${SITE_NAME}: each week listed`,
    description: 'One item a week: the papers the daily papers digests listed that week, most upvoted first.',
    site: new URL(paths.weeks(), site),
    items: listingFeedItems(
      weeks.map((week) => ({
        when: `in the week of ${week.name}`,
        href: paths.week(week.id),
        latest: week.days[0] ?? week.last,
        entries: week.entries,
      })),
      site,
      PERIOD_FEED_SIZE,
    ),
  });
};
