/**
 * What tells the listings of a day, a week and a month apart: how a sentence names one, and where its pages and its
 * feed are. Everything else about their pages and feeds is one shape (layouts/PeriodListing.astro,
 * layouts/PeriodIndex.astro, period-feed.ts).
 */
import { plural } from './format.ts';
import type { PageNumber } from './paths.ts';
import { paths } from './paths.ts';
import type { PeriodKind } from './period-links.ts';
import { listedWhen } from './period-when.ts';
import type { ScopeKey } from './search-scope.ts';
import { SITE_NAME } from './site.ts';

/** One kind of period listed, as its pages and feed speak of it. */
export interface PeriodKindFacts {
  /** When a period was listed, from its name: `on Apr 20, 2026`, `in the week of Apr 13–19, 2026`, `in April 2026`. */
  when: (name: string) => string;
  /** The search's filter that finds a period's papers by its id (search-scope.ts). */
  scope: ScopeKey;
  /** A period's page description, from its papers (`31 papers`) and its name. */
  description: (papers: string, name: string) => string;
  /** The index of every period of the kind, and its description; only the days' index has pages (`number`). */
  index: (number?: PageNumber) => string;
  indexDescription: string;
  /** A period's page `number`, by its id (a day's is its date, and a day is one page). */
  page: (id: string, number?: PageNumber) => string;
  /** The feed, one item a period: its link from pages, and its own description. */
  feed: { title: string; href: string };
  feedDescription: string;
  /** The feed's link text on the index: `RSS feed, one item a day`. */
  feedLink: string;
  /** The links to the periods before and after one: `Other days`. */
  others: string;
  /** Whether a period's page leaves out each paper's date listed: on a day's page it is the page's own. */
  hideListed: boolean;
  /** Whether a period's name is a date, which the index gives as a `<time>`: a day's. */
  namedByDate: boolean;
  /** What the index says a period holds, from its numbers of papers and of digests. */
  holds: (papers: number, digests: number) => string;
}

// Each kind's sentences are written out whole rather than made from its noun: a day is one digest named by its date,
// so they differ from a week's and a month's in more than a word.
export const periodKinds: Readonly<Record<PeriodKind, PeriodKindFacts>> = {
  day: {
    when: listedWhen.day,
    scope: 'listed-day',
    description: (papers, name) => `The ${papers} the daily papers digest of ${name} listed, most upvoted first.`,
    index: (number) => paths.digests(number),
    indexDescription: 'Every daily papers digest in the archive, latest first: the papers listed each day.',
    page: (id) => paths.digest(id),
    feed: { title: `${SITE_NAME}: each day listed`, href: paths.digestsFeed() },
    feedDescription: 'One item a day: the papers a daily papers digest listed, most upvoted first.',
    feedLink: 'RSS feed, one item a day',
    others: 'Other days',
    hideListed: true,
    namedByDate: true,
    // A day is one digest.
    holds: (papers) => plural(papers, 'paper'),
  },
  week: {
    when: listedWhen.week,
    scope: 'listed-week',
    description: (papers, name) =>
      `The ${papers} the daily papers digests listed in the week of ${name}, most upvoted first.`,
    index: () => paths.weeks(),
    indexDescription: 'What the daily papers digests listed each week, latest first.',
    page: (id, number) => paths.week(id, number),
    feed: { title: `${SITE_NAME}: each week listed`, href: paths.weeksFeed() },
    feedDescription: 'One item a week: the papers the daily papers digests listed that week, most upvoted first.',
    feedLink: 'RSS feed, one item a week',
    others: 'Other weeks',
    hideListed: false,
    namedByDate: false,
    holds: (papers, digests) => `${plural(papers, 'paper')} from ${plural(digests, 'digest')}`,
  },
  month: {
    when: listedWhen.month,
    scope: 'listed-month',
    description: (papers, name) => `The ${papers} the daily papers digests listed in ${name}, most upvoted first.`,
    index: () => paths.months(),
    indexDescription: 'What the daily papers digests listed each month, latest first.',
    page: (id, number) => paths.listedMonth(id, number),
    feed: { title: `${SITE_NAME}: each month listed`, href: paths.monthsFeed() },
    feedDescription: 'One item a month: the papers the daily papers digests listed that month, most upvoted first.',
    feedLink: 'RSS feed, one item a month',
    others: 'Other months',
    hideListed: false,
    namedByDate: false,
    holds: (papers, digests) => `${plural(papers, 'paper')} from ${plural(digests, 'digest')}`,
  },
};
