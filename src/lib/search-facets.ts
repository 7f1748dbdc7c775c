/**
 * The choices each search filter offers, counted once per build from the papers exactly as the paper pages
 * tag them for the index, so the search page shows them without downloading the index's filter files.
 */
import type { Paper } from './paper.ts';
import { FILTER_KEYS, SORT_ORDERS, type FilterKey, type SortOrder } from './search-state.ts';

/** One choice of a filter control. */
export interface FacetChoice {
  /** The value as the index holds it, and as the URL carries it. */
  value: string;
  /** What the reader sees. */
  label: string;
  /** Papers in the archive with this value. */
  count: number;
}

/** Per filter, per value: how many papers. */
export type FacetCounts = Record<FilterKey, Record<string, number>>;

/**
 * The filter values of each paper, as its page marks them (`PaperMeta`, `TopicTags`): topics by title,
 * the year of publication, the organisation's name, and `yes` or `no` for code.
 */
export function facetCounts(papers: readonly Paper[], topicTitle: (id: string) => string): FacetCounts {
  const counts: FacetCounts = { topic: {}, year: {}, organisation: {}, code: {} };
  const add = (key: FilterKey, value: string): void => {
    counts[key][value] = (counts[key][value] ?? 0) + 1;
  };
  for (const paper of papers) {
    for (const id of new Set(paper.data.topics)) add('topic', topicTitle(id));
    if (paper.data.published !== undefined) add('year', paper.data.published.slice(0, 4));
    if (paper.data.organization !== undefined) add('organisation', paper.data.organization.name);
    add('code', paper.repos.length > 0 ? 'yes' : 'no');
  }
  return counts;
}

const CODE_LABELS: Readonly<Record<string, string>> = { yes: 'With code', no: 'Without code' };
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * A filter's choices in reading order: years newest first, code as "with" then "without", topics and
 * organisations alphabetically. Values no paper has (a count of 0) are left out.
 */
export function facetChoices(key: FilterKey, counts: Readonly<Record<string, number>> = {}): FacetChoice[] {
  const choices = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => ({ value, label: key === 'code' ? (CODE_LABELS[value] ?? value) : value, count }));
  if (key === 'year') return choices.sort((a, b) => b.value.localeCompare(a.value));
  if (key === 'code') return choices.sort((a, b) => (a.value === 'yes' ? -1 : b.value === 'yes' ? 1 : 0));
  return choices.sort((a, b) => collator.compare(a.label, b.label));
}

/** Every filter's choices, in reading order. */
export function searchFacets(counts: FacetCounts): Record<FilterKey, FacetChoice[]> {
  return Object.fromEntries(FILTER_KEYS.map((key) => [key, facetChoices(key, counts[key])])) as Record<
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
