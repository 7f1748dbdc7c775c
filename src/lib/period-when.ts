/**
 * How a sentence says when a day, a week or a month was listed, from its name: one wording for the listings' headings
 * and feeds (period-kinds.ts) and the search's scopes (search-scope.ts). The search page's browser code loads it, so
 * it imports nothing that only a build has.
 */
import type { PeriodKind } from './period-links.ts';

/** `on Apr 20, 2026`, `in the week of Apr 13–19, 2026`, `in April 2026`, from the period's name. */
export const listedWhen: Readonly<Record<PeriodKind, (name: string) => string>> = {
  day: (name) => `on ${name}`,
  week: (name) => `in the week of ${name}`,
  month: (name) => `in ${name}`,
};
