// The part of Pagefind's browser API (`/pagefind/pagefind.js`, written by the build) that the site uses.
// Pagefind's npm package types its Node indexing API only; these follow its documented search API.

/** Options of a search: filters as `{ key: value }` (a list: any of its values), and at most one sort key. */
export interface SearchOptions {
  filters?: Record<string, string | readonly string[]>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** A matching page, before its data is loaded. */
export interface Result {
  id: string;
  score: number;
  /** The metadata fields the query's words were found in, if any (the title, words written together). */
  matchedMetaFields?: string[];
  /** Loads the page's URL, metadata, filters and excerpt. */
  data: () => Promise<Fragment>;
}

/** A page's data, loaded for display. */
export interface Fragment {
  /** The page's URL, with `baseUrl` in front. */
  url: string;
  /** Text around the matches, entity-encoded, matches in `<mark>`. */
  excerpt: string;
  /** The page's indexed text. */
  content: string;
  /** The positions of the matched words in `content`, counted in words separated by whitespace. */
  locations: number[];
  /** The page's `data-pagefind-meta` values, raw: `title`, and those lib/search-meta.ts gives a paper. */
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
}

/** Per filter, per value: a number of pages. */
export type FilterCounts = Record<string, Record<string, number> | undefined>;

/** What a search returns. */
export interface Search {
  results: Result[];
  /**
   * For each filter whose file is loaded (`preload`, or an earlier search that applied it): for each of its values,
   * the results there would be with that value applied as well as the search's own filters, values with none
   * included.
   */
  filters?: FilterCounts;
}

/** The module `pagefind.js`. */
export interface Pagefind {
  options: (options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }) => Promise<void>;
  /** A `null` term lists pages by filters alone. */
  search: (term: string | null, options?: SearchOptions) => Promise<Search>;
  /** As `search`, after a pause; `null` when a later call superseded it. */
  debouncedSearch: (term: string | null, options?: SearchOptions, timeoutMs?: number) => Promise<Search | null>;
  /**
   * Loads what a search would need, without searching: the index chunks of its words and the file of each filter it
   * names. From then on each search counts the values of those filters in its results.
   */
  preload: (term: string | null, options?: SearchOptions) => Promise<void>;
}
