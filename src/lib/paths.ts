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
  digest: (date: string, page?: PageNumber) => string;
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
    digest: (date, number) => page(['digests', date], number),
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
    favicon: () => file('favicon.svg'),
    sitemap: () => file('sitemap-index.xml'),
  };
}

/** The site's internal URLs under the configured base path (`BASE`). */
export const paths: Paths = createPaths(import.meta.env.BASE_URL);
