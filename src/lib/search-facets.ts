/**
 * The choices each search filter offers, counted once per build from the papers exactly as the paper pages
 * tag them for the index, so the search page shows them, with the archive's counts, before any of the index
 * loads. Once a search runs, the page shows the counts Pagefind gives for it instead.
 */
import type { Paper } from './paper.ts';
import { FILTER_KEYS, SORT_ORDERS, type FilterKey, type SortOrder } from './search-state.ts';

/** One choice of a filter control. */
export interface FacetChoice {
  /** The value as the index holds it, and as the URL carries it: a topic's or organisation's id, a year. */
  value: string;
  /** What the reader sees: a topic's title, an organisation's name. */
  label: string;
  /** Papers in the archive with this value. */
  count: number;
}

/** Per filter, per value: how many papers. */
export type FacetCounts = Record<FilterKey, Record<string, number>>;

/**
 * The filter values of each paper, as its page marks them (`PaperMeta`, `TopicTags`, `search-keys.ts`): topic
 * ids, the year of publication, the year it was first listed, the organisation's id, and `yes` or `no` for code.
 */
export function facetCounts(papers: readonly Paper[]): FacetCounts {
  const counts: FacetCounts = { topic: {}, year: {}, listed: {}, organisation: {}, code: {} };
  const add = (key: FilterKey, value: string): void => {
    counts[key][value] = (counts[key][value] ?? 0) + 1;
  };
  for (const paper of papers) {
    for (const id of new Set(paper.data.topics)) add('topic', id);
    if (paper.data.published !== undefined) add('year', paper.data.published.slice(0, 4));
    add('listed', paper.firstListed.slice(0, 4));
    if (paper.data.organization !== undefined) add('organisation', paper.data.organization.id);
    add('code', paper.repos.length > 0 ? 'yes' : 'no');
  }
  return counts;
}

/** The names readers see for the values that are ids: topics' titles, organisations' names. */
export type FacetLabels = Partial<Record<FilterKey, (value: string) => string | undefined>>;

const CODE_LABELS: Readonly<Record<string, string>> = { yes: 'With code', no: 'Without code' };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * A filter's choices in reading order: years newest first, code as "with" then "without", topics and
 * organisations alphabetically by name. Values no paper has (a count of 0) are left out.
 */
export function facetChoices(
  key: FilterKey,
  counts: Readonly<Record<string, number>> = {},
  label: (value: string) => string | undefined = (value) => (key === 'code' ? CODE_LABELS[value] : undefined),
): FacetChoice[] {
  const choices = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, label: label(value) ?? value, count }));
  if (key === 'year' || key === 'listed') return choices.sort((a, b) => b.value.localeCompare(a.value));
  if (key === 'code') return choices.sort((a, b) => (a.value === 'yes' ? -1 : b.value === 'yes' ? 1 : 0));
  return choices.sort((a, b) => collator.compare(a.label, b.label) || (a.value < b.value ? -1 : 1));
}

/** Every filter's choices, in reading order, named by `labels` where the values are ids. */
export function searchFacets(counts: FacetCounts, labels: FacetLabels = {}): Record<FilterKey, FacetChoice[]> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, facetChoices(key, counts[key], labels[key])])) as Record<
    FilterKey,
    FacetChoice[]
  >;
}

/**
 * The sorts the search page offers: by upvotes only once a paper has upvotes, as until then the index has no
 * such key and Pagefind would not sort by it at all.
 */
export function sortOrders(papers: readonly Paper[]): SortOrder[] {
  const upvoted = papers.some((paper) => paper.data.upvotes !== undefined);
  return SORT_ORDERS.filter((order) => order !== 'upvotes' || upvoted);
}
