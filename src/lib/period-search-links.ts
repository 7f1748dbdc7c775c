/**
 * A day's, week's or month's ways into search (search-links.ts), by its kind's scope filter and its id: what its
 * page shows, and so what its pages' cache keys hold.
 */
import type { ListingPeriod } from './listing-periods.ts';
import { paths } from './paths.ts';
import { periodKinds } from './period-kinds.ts';
import type { PeriodKind } from './period-links.ts';
import { narrowingLinks, type NarrowingLink } from './search-links.ts';

/** The links to the search page with `period`'s filter set, for its papers (every page's, not one page's). */
export function periodSearchLinks(kind: PeriodKind, period: Pick<ListingPeriod, 'id' | 'entries'>): NarrowingLink[] {
  const papers = period.entries.map((entry) => entry.paper);
  return narrowingLinks(paths.search(), { [periodKinds[kind].scope]: period.id }, papers);
}
