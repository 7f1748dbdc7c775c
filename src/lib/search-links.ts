/**
 * Links from a listing to the search page with the listing's own filter set, so a big listing can be narrowed (by
 * year, by code), sorted or searched within. Filters are the site's own ids (a topic's id, an organisation's id, a
 * day's date, a week's id, a month's id for a month listed or published, a repository owner's host and key), which
 * the search page reads from its URL.
 */
import type { Paper } from './paper.ts';
import { searchHref, type AnyFilterKey, type SearchState } from './search-state.ts';

/** What a listing sets of a search: words and filters, by the site's ids, as the search page reads them. */
export type SearchFilters = Partial<Pick<SearchState, 'query' | AnyFilterKey>>;

/** One way to narrow a listing in search. */
export interface NarrowingLink {
  /** `all`, a year, or `with code`. */
  label: string;
  href: string;
  /** How many of the listing's papers the search finds. */
  count: number;
}

/** Years offered besides the whole listing: its latest ones; the search page offers every year. */
const YEARS_OFFERED = 4;

/**
 * The ways to narrow a listing of `papers` in search, `base` being the filter that finds the whole listing: all of
 * it (where it can be sorted and searched within), each of its latest years of publication, and its papers with
 * code. A way that `base` already sets, or that would find every paper or none, is left out.
 */
export function narrowingLinks(searchPath: string, base: SearchFilters, papers: readonly Paper[]): NarrowingLink[] {
  const links: NarrowingLink[] = [{ label: 'all', href: searchHref(searchPath, base), count: papers.length }];
  if (base.year === undefined) {
    const years = new Map<string, number>();
    for (const paper of papers) if (paper.year !== undefined) years.set(paper.year, (years.get(paper.year) ?? 0) + 1);
    const latest = [...years].sort((a, b) => (a[0] < b[0] ? 1 : -1)).slice(0, YEARS_OFFERED);
    if (latest.length > 1 || (latest[0]?.[1] ?? 0) < papers.length) {
      for (const [year, count] of latest)
        links.push({ label: year, href: searchHref(searchPath, { ...base, year }), count });
    }
  }
  if (base.code === undefined) {
    const withCode = papers.filter((paper) => paper.repos.length > 0).length;
    if (withCode > 0 && withCode < papers.length) {
      links.push({ label: 'with code', href: searchHref(searchPath, { ...base, code: 'yes' }), count: withCode });
    }
  }
  return links;
}
