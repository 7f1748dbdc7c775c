/** The URL of every internal page, built under the site's base path so nothing assumes the site sits at `/`. */

/** Page numbers start at 1; page 1 of a listing is the listing's own URL, page n adds `page/n/`. */
export type PageNumber = number;

/** Internal URLs for one base path. */
export interface Paths {
  /** The base path itself, always ending in `/`. */
  base: string;
  home: () => string;
  paper: (slug: string) => string;
  topics: () => string;
  topic: (id: string, page?: PageNumber) => string;
  topicFeed: (id: string) => string;
  dates: () => string;
  year: (year: string, page?: PageNumber) => string;
  month: (year: string, month: string, page?: PageNumber) => string;
  undated: (page?: PageNumber) => string;
  digests: (page?: PageNumber) => string;
  /** A day's listing (one digest), on one page. */
  digest: (date: string) => string;
  digestsFeed: () => string;
  /** What was listed by ISO week (`2026-W17`) and by month (`2026-04`), by the digests' dates. */
  weeks: () => string;
  week: (id: string, page?: PageNumber) => string;
  weeksFeed: () => string;
  months: () => string;
  listedMonth: (id: string, page?: PageNumber) => string;
  monthsFeed: () => string;
  repos: (page?: PageNumber) => string;
  repoOwner: (host: string, owner: string, page?: PageNumber) => string;
  orgs: (page?: PageNumber) => string;
  org: (id: string, page?: PageNumber) => string;
  authors: (page?: PageNumber) => string;
  author: (slug: string, page?: PageNumber) => string;
  about: () => string;
  /** The search page; a search's parameters are added by `search-state.ts`. */
  search: () => string;
  /** Pagefind's search API, written by the build next to its index. */
  pagefind: () => string;
  feed: () => string;
  papersJson: () => string;
  /** The data export: the page that describes it, and its files (`index.json`, `papers-YYYY-MM.json`). */
  data: () => string;
  dataFile: (name: string) => string;
  sitemap: () => string;
  favicon: () => string;
}

/** Builds the internal URLs for a base path (`/` or `/paper-archive/`, with or without its slashes). */
export function createPaths(basePath: string): Paths {
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const page = (segments: readonly string[], number: PageNumber = 1): string => {
    const all = number > 1 ? [...segments, 'page', String(number)] : segments;
    return all.length === 0 ? base : `${base}${all.map(encodeURIComponent).join('/')}/`;
  };
  const file = (...segments: string[]): string => `${base}${segments.map(encodeURIComponent).join('/')}`;
  return {
    base,
    home: () => base,
    paper: (slug) => page(['papers', slug]),
    topics: () => page(['topics']),
    topic: (id, number) => page(['topics', id], number),
    topicFeed: (id) => file('topics', id, 'rss.xml'),
    dates: () => page(['dates']),
    year: (year, number) => page(['dates', year], number),
    month: (year, month, number) => page(['dates', year, month], number),
    undated: (number) => page(['dates', 'undated'], number),
    digests: (number) => page(['digests'], number),
    digest: (date) => page(['digests', date]),
    digestsFeed: () => file('digests', 'rss.xml'),
    weeks: () => page(['weeks']),
    week: (id, number) => page(['weeks', id], number),
    weeksFeed: () => file('weeks', 'rss.xml'),
    months: () => page(['months']),
    listedMonth: (id, number) => page(['months', id], number),
    monthsFeed: () => file('months', 'rss.xml'),
    repos: (number) => page(['repos'], number),
    repoOwner: (host, owner, number) => page(['repos', host, owner], number),
    orgs: (number) => page(['orgs'], number),
    org: (id, number) => page(['orgs', id], number),
    authors: (number) => page(['authors'], number),
    author: (slug, number) => page(['authors', slug], number),
    about: () => page(['about']),
    search: () => page(['search']),
    pagefind: () => file('pagefind', 'pagefind.js'),
    feed: () => file('rss.xml'),
    papersJson: () => file('papers.json'),
    data: () => page(['data']),
    dataFile: (name) => file('data', name),
    favicon: () => file('favicon.svg'),
    sitemap: () => file('sitemap-index.xml'),
  };
}

/** The site's internal URLs under the configured base path (`BASE`). */
export const paths: Paths = createPaths(import.meta.env.BASE_URL);
