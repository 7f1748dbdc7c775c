/** The feed of each day, week or month listed: one item a period, latest first (listing-feed.ts makes the items). */
import rss from '@astrojs/rss';
import { listingFeedItems, type FeedPeriod } from './listing-feed.ts';
import type { ListingPeriod } from './listing-periods.ts';
import { periodKinds } from './period-kinds.ts';
import type { PeriodKind } from './period-links.ts';
import { PERIOD_FEED_SIZE } from './site.ts';

/** A period as its feed takes it: a week or a month as the archive holds it, a day as `dayPeriod` makes it. */
export type FeedSource = Pick<ListingPeriod, 'id' | 'name' | 'days' | 'last' | 'entries'>;

/** The RSS feed of the latest periods of `kind` (give them latest first). */
export async function periodFeed(
  kind: PeriodKind,
  periods: readonly FeedSource[],
  site: URL | undefined,
): Promise<Response> {
  const facts = periodKinds[kind];
  // Made first, so a build without `site` is told what to set rather than that a URL is invalid.
  const items = listingFeedItems(
    periods.map((period): FeedPeriod => ({
      when: facts.when(period.name),
      href: facts.page(period.id),
      latest: period.days[0] ?? period.last,
      entries: period.entries,
    })),
    site,
    PERIOD_FEED_SIZE,
  );
  return rss({
    title: facts.feed.title,
    description: facts.feedDescription,
    site: new URL(facts.index(), site),
    items,
  });
}
