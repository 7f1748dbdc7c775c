/**
 * A search on the search page as plain data: read from and written to its URL, checked against what the page
 * offers, and turned into a Pagefind query. URLs name filters by the ids the rest of the site uses (a topic's and
 * an organisation's id, as in `/topics/<id>/` and `/orgs/<id>/`, a day's as in `/digests/<date>/`), so any page can
 * link a search.
 */
import { normaliseQuery } from './search-query.ts';
import { readScope, SCOPE_KEYS, type ScopeKey } from './search-scope.ts';

/**
 * How results can be ordered: Pagefind's ranking, by publication date, by the date the archive first listed the
 * paper, by comments or by upvotes, latest or most first.
 */
export const SORT_ORDERS = ['relevance', 'published', 'listed', 'comments', 'upvotes'] as const;

/** How results are ordered. */
export type SortOrder = (typeof SORT_ORDERS)[number];

/** Sort names links used before, and the sort each now is. */
const SORT_ALIASES: Readonly<Record<string, SortOrder>> = { newest: 'published' };

/**
 * The filters the page offers as choices, by the index's names, which are also the URL parameters that hold them.
 * The index has more filters, which only links set (`search-scope.ts`).
 */
export const FILTER_KEYS = ['topic', 'year', 'listed', 'organisation', 'code'] as const;

/** A filter the page offers choices for. */
export type FilterKey = (typeof FILTER_KEYS)[number];

/** Any filter of the index: one the page offers choices for, or a scope. */
export type AnyFilterKey = FilterKey | ScopeKey;

/** Every filter of the index, in the order a URL writes them: scopes first, then choices. */
const ALL_FILTER_KEYS: readonly AnyFilterKey[] = [...SCOPE_KEYS, ...FILTER_KEYS];

/**
 * Everything a search is made of. An empty string means "not set". Filters hold the values the paper pages give
 * the index: a topic's id, the year of publication (`YYYY`), the year the archive first listed the paper, an
 * organisation's id, and `yes` or `no` for code; and the scopes' ids (`search-scope.ts`).
 */
export type SearchState = { query: string; sort: SortOrder } & Record<AnyFilterKey, string>;

/** What a URL asks for, before it is checked against what the page offers: any filter value, any sort name. */
export type AskedSearch = Omit<SearchState, 'sort'> & { sort: string };

/** A choice the page offers for a filter. */
export interface OfferedChoice {
  value: string;
  label: string;
}

/** What the page can apply: each filter's choices and the sorts. */
export interface Offered {
  filters: Readonly<Record<FilterKey, readonly OfferedChoice[]>>;
  sorts: readonly SortOrder[];
}

/**
 * The longest query searched, in characters. Every word of a query fetches part of the index, so a pasted
 * page of text would cost the reader a download for nothing; a sentence or two is plenty to find a paper.
 */
export const MAX_QUERY_LENGTH = 200;

/** The longest filter value read from a URL: far more than any topic's, organisation's or owner's id. */
const MAX_FILTER_LENGTH = 200;

/** The sort keys the paper pages give the index (`data-pagefind-sort`). */
const SORT_KEYS = { published: 'published', listed: 'listed', comments: 'comments', upvotes: 'upvotes' } as const;

/** How a report of an unknown filter value names the filter, and what is shown instead. */
const FILTER_NOUNS: Readonly<Record<AnyFilterKey, { one: string; all: string }>> = {
  topic: { one: 'topic', all: 'all topics' },
  year: { one: 'year of publication', all: 'every year of publication' },
  listed: { one: 'year of listing', all: 'every year of listing' },
  organisation: { one: 'organisation', all: 'all organisations' },
  code: { one: 'code choice', all: 'papers with and without code' },
  'listed-day': { one: 'day listed', all: 'every day' },
  'listed-week': { one: 'week listed', all: 'every week' },
  'listed-month': { one: 'month listed', all: 'every month' },
  month: { one: 'month of publication', all: 'every month of publication' },
  owner: { one: 'repository owner', all: 'every owner' },
};

/** What the page says of a filter value it does not apply: `No topic “xyz”; showing all topics.` */
export function unknownValueNote(key: AnyFilterKey, value: string): string {
  return `No ${FILTER_NOUNS[key].one} “${value}”; showing ${FILTER_NOUNS[key].all}.`;
}

/** A search with nothing set: the page's empty state. */
export const EMPTY_SEARCH: SearchState = {
  query: '',
  topic: '',
  year: '',
  listed: '',
  organisation: '',
  code: '',
  'listed-day': '',
  'listed-week': '',
  'listed-month': '',
  month: '',
  owner: '',
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

/**
 * The words to hand to the index, normalised (`normaliseQuery`), or `null` when the query has no letter or digit
 * to search for (`?!…`).
 */
export function searchTerm(query: string): string | null {
  return /[\p{L}\p{N}]/u.test(query) ? normaliseQuery(query) : null;
}

function clampValue(value: string | null): string {
  return firstCharacters((value ?? '').replace(SPACE, ' ').trim(), MAX_FILTER_LENGTH);
}

/** Reads what a URL's parameters ask for (`?q=…&topic=…&sort=…`), clamped but not yet checked. */
export function readSearchParams(params: URLSearchParams): AskedSearch {
  const filters = Object.fromEntries(ALL_FILTER_KEYS.map((key) => [key, clampValue(params.get(key))])) as Record<
    AnyFilterKey,
    string
  >;
  return { query: clampQuery(params.get('q') ?? ''), ...filters, sort: clampValue(params.get('sort')) };
}

/** Compares a value and a label as a reader types them: whatever the case, accents and spacing. */
const sameWords = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

/**
 * The search a URL asks for, as far as the page can apply it, and a sentence for each part it cannot. A filter
 * value may be a choice's id or, as in links made before the site used ids, its label (`Agents and tool use`),
 * which is read as that choice; any other value is dropped and reported ("No topic “xyz”; showing all topics."),
 * never applied silently. A scope, which the page offers no choices for, is applied when it has the shape of the
 * site's ids for it, and reported otherwise; whether the index holds it is known once it is searched
 * (`unheldScopes`). A sort is one the page offers, an earlier name of one (`newest`), or relevance.
 */
export function resolveSearch(asked: AskedSearch, offered: Offered): { state: SearchState; notes: string[] } {
  const notes: string[] = [];
  const state: SearchState = { ...EMPTY_SEARCH, query: asked.query };
  for (const key of SCOPE_KEYS) {
    const value = asked[key];
    if (value === '') continue;
    const scope = readScope(key, value);
    if (scope === undefined) notes.push(unknownValueNote(key, value));
    else state[key] = scope.value;
  }
  for (const key of FILTER_KEYS) {
    const value = asked[key];
    if (value === '') continue;
    const choices = offered.filters[key];
    const choice =
      choices.find((candidate) => candidate.value === value) ??
      choices.find((candidate) => sameWords.compare(candidate.label, value) === 0) ??
      choices.find((candidate) => sameWords.compare(candidate.value, value) === 0);
    if (choice === undefined) notes.push(unknownValueNote(key, value));
    else state[key] = choice.value;
  }
  const sort = SORT_ALIASES[asked.sort] ?? SORT_ORDERS.find((order) => order === asked.sort);
  if (sort !== undefined && offered.sorts.includes(sort)) state.sort = sort;
  else if (asked.sort !== '' && asked.sort !== 'relevance') notes.push(`No sort “${asked.sort}”; sorted by relevance.`);
  return { state, notes };
}

/**
 * The URL parameters of a search, leaving out whatever is not set, in a fixed order so equal searches share a URL:
 * the words, the scopes (what the listing linking here is), the choices, the sort.
 */
export function writeSearchState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const key of ALL_FILTER_KEYS) {
    if (state[key] !== '') params.set(key, state[key]);
  }
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

/** A search page URL for a search: `pathname` plus its parameters, if any. */
export function searchHref(pathname: string, state: Partial<SearchState>): string {
  const query = writeSearchState({ ...EMPTY_SEARCH, ...state }).toString();
  return query === '' ? pathname : `${pathname}?${query}`;
}

/** The filters a search sets. */
export type ActiveFilters = Partial<Record<AnyFilterKey, string>>;

/** The filters a search sets, scopes included, as Pagefind takes them: `{ 'listed-day': '2026-04-20', code: 'yes' }`. */
export function activeFilters(state: Pick<SearchState, AnyFilterKey>): ActiveFilters {
  return Object.fromEntries(ALL_FILTER_KEYS.filter((key) => state[key] !== '').map((key) => [key, state[key]]));
}

/** Per filter, per value: how many of a search's results have it, as Pagefind counts them. */
export type IndexCounts = Readonly<Record<string, Readonly<Record<string, number>> | undefined>>;

/**
 * The scopes a search sets whose value no paper has, from the search's own counts: Pagefind loads the file of each
 * filter a search applies and counts every value in it, those without results included, so a value missing from
 * those counts is in no paper. Checked so, it costs no request and no search more; asking the index for every
 * filter's values first (`filters()`) would download every scope's file, the days' the largest, on every link.
 */
export function unheldScopes(state: Pick<SearchState, ScopeKey>, counts: IndexCounts | undefined): ScopeKey[] {
  return SCOPE_KEYS.filter((key) => state[key] !== '' && counts?.[key]?.[state[key]] === undefined);
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
  const sort = state.sort === 'relevance' && term === null ? 'published' : state.sort;
  if (sort === 'relevance') return { term, options: { filters } };
  const options = { filters, sort: { [SORT_KEYS[sort]]: 'desc' as const } };
  if (sort !== 'upvotes') return { term, options };
  return { term, options, then: term === null ? { filters, sort: { [SORT_KEYS.published]: 'desc' } } : { filters } };
}

/**
 * The searches that count each filter's choices for a search, as a single-choice control means them: the papers a
 * choice would give with the other filters kept. A filter that is not set counts within all the active filters;
 * one that is set counts without itself, as choosing another value replaces it. Scopes have no choices to count,
 * and every count is within them.
 */
export function facetCountFilters(
  state: Pick<SearchState, AnyFilterKey>,
): { keys: FilterKey[]; filters: ActiveFilters }[] {
  const filters = activeFilters(state);
  const set = FILTER_KEYS.filter((key) => state[key] !== '');
  const unset = FILTER_KEYS.filter((key) => state[key] === '');
  return [
    ...(unset.length > 0 ? [{ keys: unset, filters }] : []),
    ...set.map((key) => ({
      keys: [key],
      filters: Object.fromEntries(Object.entries(filters).filter(([other]) => other !== key)),
    })),
  ];
}

/** The results of a request with a second search: the first search's, then the second's it did not find. */
export function followedBy<T extends { id: string }>(first: readonly T[], then: readonly T[]): T[] {
  const found = new Set(first.map((result) => result.id));
  return [...first, ...then.filter((result) => !found.has(result.id))];
}
