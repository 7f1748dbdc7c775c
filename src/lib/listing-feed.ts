/** Feed items for what was listed: one item per day, week or month, latest first, naming its top papers. */
import type { RSSFeedItem } from '@astrojs/rss';
import { listingCounts, plural } from './format.ts';
import type { ListedPaper } from './rank-listed.ts';

/** Papers an item names. */
const NAMED_PAPERS = 5;

/** A day, week or month as its feed item shows it. */
export interface FeedPeriod {
  /** When it was listed, as a phrase: `on Apr 20, 2026`, `in the week of Apr 13–19, 2026`, `in April 2026`. */
  when: string;
  /** Its page, under the base path. */
  href: string;
  /** Its latest digest's date, `YYYY-MM-DD`: the item's date. */
  latest: string;
  /** Its papers, ranked. */
  entries: readonly ListedPaper[];
}

/**
 * RSS items for the latest `limit` periods (give them latest first): each links the period's page, is dated by its
 * latest day listed, and says so, and names its top papers with the counts their listings showed.
 */
export function listingFeedItems(periods: readonly FeedPeriod[], site: URL | undefined, limit: number): RSSFeedItem[] {
  if (!site) throw new Error('feeds need absolute links: set `site` in astro.config.mjs (the SITE variable)');
  return periods.slice(0, limit).map((period) => {
    const top = period.entries
      .slice(0, NAMED_PAPERS)
      .map(
        ({ paper, appearance }, index) =>
          `${String(index + 1)}. ${paper.data.title} (${listingCounts(appearance.comments, appearance.upvotes)})`,
      );
    return {
      title: `Papers listed ${period.when}`,
      link: new URL(period.href, site).href,
      pubDate: new Date(`${period.latest}T00:00:00Z`),
      description: [
        `${plural(period.entries.length, 'paper')} listed ${period.when}, ranked by upvotes, then comments; dated by the latest day listed.`,
        ...top,
      ].join(' '),
    };
  });
}
