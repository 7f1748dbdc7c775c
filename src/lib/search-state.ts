/** A search on the search page as plain data: read from and written to its URL, and turned into a Pagefind query. */

/** How results can be ordered: Pagefind's ranking, newest first, most discussed or most upvoted first. */
export const SORT_ORDERS = ['relevance', 'newest', 'comments', 'upvotes'] as const;

/** How results are ordered. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Papers with or without a code repository, or both (`''`). */
export type CodeFilter = '' | 'yes' | 'no';

/** Everything a search is made of. An empty string means "not set". */
export interface SearchState {
  /** The words searched for, clamped. */
  query: string;
  /** A topic's title, as the paper pages tag it for the index. */
  topic: string;
  /** A year of publication, `YYYY`. */
  year: string;
  /** An organisation's name, as the paper pages tag it. */
  organisation: string;
  code: CodeFilter;
  sort: SortOrder;
}

/** The index's filter names, which are also the URL parameters that hold them. */
export const FILTER_KEYS = ['topic', 'year', 'organisation', 'code'] as const;

/** A filter name. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/**
 * The longest query searched, in characters. Every word of a query fetches part of the index, so a pasted
 * page of text would cost the reader a download for nothing; a sentence or two is plenty to find a paper.
 */
export const MAX_QUERY_LENGTH = 200;

/** The longest filter value read from a URL: far more than any topic or organisation name. */
const MAX_FILTER_LENGTH = 200;

/** The sort keys the paper pages give the index (`data-pagefind-sort`). */
const SORT_KEYS = { newest: 'published', comments: 'comments', upvotes: 'upvotes' } as const;

/** A search with nothing set: the page's empty state. */
export const EMPTY_SEARCH: SearchState = {
  query: '',
  topic: '',
  year: '',
  organisation: '',
  code: '',
  sort: 'relevance',
};

/** Whitespace and control characters: each run of them reads as one space. */
const SPACE = /[\s\p{Cc}]+/gu;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** The first `limit` characters of a text, counting what a reader sees as one character (`é`, an emoji) as one. */
function firstCharacters(text: string, limit: number): string {
  let count = 0;
  for (const { index } of graphemes.segment(text)) {
    if (count === limit) return text.slice(0, index);
    count += 1;
  }
  return text;
}

/**
 * A query as it is searched: runs of whitespace and control characters as one space, trimmed, and cut to
 * `MAX_QUERY_LENGTH` characters, at the last space before the cut when there is one so no word is halved.
 */
export function clampQuery(text: string): string {
  const spaced = text.replace(SPACE, ' ').trim();
  const head = firstCharacters(spaced, MAX_QUERY_LENGTH);
  if (head.length === spaced.length || spaced[head.length] === ' ') return head.trim();
  const lastSpace = head.lastIndexOf(' ');
  return lastSpace > 0 ? head.slice(0, lastSpace) : head;
}

/** Whether a query was longer than the search keeps. */
export function isClamped(text: string): boolean {
  return clampQuery(text) !== text.replace(SPACE, ' ').trim();
}

/** The words to hand to the index, or `null` when the query has no letter or digit to search for (`?!…`). */
export function searchTerm(query: string): string | null {
  return /[\p{L}\p{N}]/u.test(query) ? query : null;
}

function clampValue(value: string | null): string {
  return firstCharacters((value ?? '').replace(SPACE, ' ').trim(), MAX_FILTER_LENGTH);
}

/** Reads a search from a URL's parameters (`?q=…&topic=…&sort=…`); anything unknown falls back to "not set". */
export function readSearchState(params: URLSearchParams): SearchState {
  const code = params.get('code');
  const sort = SORT_ORDERS.find((order) => order === params.get('sort'));
  return {
    query: clampQuery(params.get('q') ?? ''),
    topic: clampValue(params.get('topic')),
    year: clampValue(params.get('year')),
    organisation: clampValue(params.get('organisation')),
    code: code === 'yes' || code === 'no' ? code : '',
    sort: sort ?? 'relevance',
  };
}

/** The URL parameters of a search, leaving out whatever is not set, in a fixed order so equal searches share a URL. */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const key of FILTER_KEYS) {
    if (state[key] !== '') params.set(key, state[key]);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** A search page URL for a search: `pathname` plus its parameters, if any. */
export function searchHref(pathname: string, state: SearchState): string {
  const query = writeSearchState(state).toString();
  return query === '' ? pathname : `${pathname}?${query}`;
}

/** The filters a search sets. */
export type ActiveFilters = Partial<Pick<SearchState, FilterKey>>;

/** The filters a search sets, as Pagefind takes them: `{ topic: 'Agents', code: 'yes' }`. */
export function activeFilters(state: SearchState): ActiveFilters {
  return Object.fromEntries(FILTER_KEYS.filter((key) => state[key] !== '').map((key) => [key, state[key]]));
}

/**
 * Drops filter values no paper has (a stale or mistyped shared link), given each filter's values, so the
 * controls never claim a filter that is not applied.
 */
export function withKnownFilters(
  state: SearchState,
  known: Readonly<Partial<Record<FilterKey, readonly string[]>>>,
): SearchState {
  const next = { ...state };
  for (const key of FILTER_KEYS) {
    if (next[key] !== '' && !(known[key] ?? []).includes(next[key])) next[key] = '';
  }
  return next;
}

/**
 * Drops a sort the page does not offer (upvotes, while no paper has any: the index then has no such key, and
 * Pagefind would not sort at all), as a shared link may still ask for it.
 */
export function withKnownSort(state: SearchState, offered: readonly string[]): SearchState {
  return offered.includes(state.sort) ? state : { ...state, sort: 'relevance' };
}

/** One Pagefind search's options: filters as `{ key: value }`, and at most one sort key. */
export interface PagefindOptions {
  filters: ActiveFilters;
  sort?: Record<string, 'desc'>;
}

/** What to ask Pagefind for: the term (`null` lists papers by filter alone), its filters and its sort. */
export interface PagefindRequest {
  term: string | null;
  options: PagefindOptions;
  /** A second search for the same term, whose results follow those of the first that it did not find. */
  then?: PagefindOptions;
}

/**
 * The Pagefind search for a state, or `null` when there is nothing to search: no searchable word and no
 * filter. Without a term there is no relevance to rank by, so such a listing comes newest first.
 *
 * Pagefind leaves a page without a sort's key out of a search sorted by it (Pagefind issue 259), and only a
 * paper a listing gave upvotes has an upvotes key: a made-up value for the others would put every one of them
 * in the sort's list, which every first search downloads (BENCHMARKS.md). So a search by upvotes is two: the
 * papers with upvotes, most first, then the others that match, by relevance, or newest first without words.
 */
export function pagefindRequest(state: SearchState): PagefindRequest | null {
  const term = searchTerm(state.query);
  const filters = activeFilters(state);
  if (term === null && Object.keys(filters).length === 0) return null;
  const sort = state.sort === 'relevance' && term === null ? 'newest' : state.sort;
  if (sort === 'relevance') return { term, options: { filters } };
  const options = { filters, sort: { [SORT_KEYS[sort]]: 'desc' as const } };
  if (sort !== 'upvotes') return { term, options };
  return { term, options, then: term === null ? { filters, sort: { [SORT_KEYS.newest]: 'desc' } } : { filters } };
}

/** The results of a request with a second search: the first search's, then the second's it did not find. */
export function followedBy<T extends { id: string }>(first: readonly T[], then: readonly T[]): T[] {
  const found = new Set(first.map((result) => result.id));
  return [...first, ...then.filter((result) => !found.has(result.id))];
}
