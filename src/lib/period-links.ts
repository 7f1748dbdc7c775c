/**
 * The links from a day's, week's or month's listing to the ones before and after it, each named with what it is and
 * its dates ("Previous day: Mar 3, 2026"), so that it is never taken for the previous page of the same listing.
 */

/** A link to a neighbouring period. */
export interface PeriodLink {
  text: string;
  href: string;
}

/** What a listing covers, as its links name it. */
export type PeriodKind = 'day' | 'week' | 'month';

/**
 * The links to the periods `previous` and `next` (their ids, if they exist), named by `name` and addressed by
 * `href`.
 */
export function periodLinks(
  kind: PeriodKind,
  around: { previous: string | undefined; next: string | undefined },
  name: (id: string) => string,
  href: (id: string) => string,
): { previous: PeriodLink | undefined; next: PeriodLink | undefined } {
  const link = (which: 'Previous' | 'Next', id: string | undefined): PeriodLink | undefined =>
    id === undefined ? undefined : { text: `${which} ${kind}: ${name(id)}`, href: href(id) };
  return { previous: link('Previous', around.previous), next: link('Next', around.next) };
}
