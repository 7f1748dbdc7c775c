/**
 * Each paper's values for the search's scope filters (search-scope.ts), read off the archive's own groups rather
 * than worked out again from the paper: a day's, week's or month's listing, a month of publication and a repository
 * owner each find in search exactly the papers their page lists.
 */
import { monthId, type MonthGroup } from './group-dates.ts';
import type { OwnerGroup } from './group-code-repos.ts';
import type { ListingPeriod } from './listing-periods.ts';
import type { Paper } from './paper.ts';
import { ownerId, SCOPE_KEYS, type ScopeKey } from './search-scope.ts';

/** A paper's values for each scope filter, in the order of its groups; a paper may have several of each, or none. */
export type PaperScopes = Readonly<Record<ScopeKey, readonly string[]>>;

/** The scopes of a paper no listing lists. */
export const NO_SCOPES: PaperScopes = emptyScopes();

/** Every scope filter with no value yet, one list each, as SCOPE_KEYS names them. */
function emptyScopes(): Record<ScopeKey, string[]> {
  return Object.fromEntries(SCOPE_KEYS.map((key) => [key, [] as string[]])) as Record<ScopeKey, string[]>;
}

/** The archive's groups that scopes name, each with the papers its page lists. */
export interface ScopeGroups {
  /** Each day listed (`YYYY-MM-DD`) and its digest's papers. */
  days: readonly { date: string; entries: readonly { paper: Paper }[] }[];
  weeks: readonly ListingPeriod[];
  months: readonly ListingPeriod[];
  /** The months of publication, as `/dates/<year>/<month>/` lists them. */
  published: readonly MonthGroup[];
  owners: readonly OwnerGroup[];
}

/** Every paper's scopes, by slug; a paper in no group has empty lists. */
export function paperScopes(papers: readonly Paper[], groups: ScopeGroups): Map<string, PaperScopes> {
  const scopes = new Map(papers.map((paper) => [paper.slug, emptyScopes()]));
  const add = (key: ScopeKey, value: string, paper: Paper): void => {
    const values = scopes.get(paper.slug)?.[key];
    if (values !== undefined && !values.includes(value)) values.push(value);
  };
  for (const day of groups.days) for (const { paper } of day.entries) add('listed-day', day.date, paper);
  for (const week of groups.weeks) for (const { paper } of week.entries) add('listed-week', week.id, paper);
  for (const month of groups.months) for (const { paper } of month.entries) add('listed-month', month.id, paper);
  for (const month of groups.published) for (const paper of month.papers) add('month', monthId(month), paper);
  for (const owner of groups.owners) for (const paper of owner.papers) add('owner', ownerId(owner), paper);
  return scopes;
}
