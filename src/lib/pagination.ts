/** Pagination maths for every listing: one page size, page slices, route parameters and the page links shown. */
import { cacheKey } from './cache-key.ts';

/** Items per page on every paginated listing, so no page of a large archive holds thousands of entries. */
export const PAGE_SIZE = 20;

/** One page of a listing. */
export interface Page<T> {
  /** 1-based. */
  number: number;
  /** How many pages the listing has (at least 1). */
  count: number;
  /** How many items the whole listing has. */
  total: number;
  /** The 0-based index of this page's first item in the whole listing. */
  start: number;
  items: readonly T[];
}

/** Splits a listing into pages of `size`; an empty listing still has one (empty) page. */
export function paginate<T>(items: readonly T[], size: number = PAGE_SIZE): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a positive integer, got ${size}`);
  const count = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: count }, (_, index) => ({
    number: index + 1,
    count,
    total: items.length,
    start: index * size,
    items: items.slice(index * size, (index + 1) * size),
  }));
}

/** A whole listing as one page, for a listing read to its end on one page (a day's). */
export function onePage<T>(items: readonly T[]): Page<T> {
  return { number: 1, count: 1, total: items.length, start: 0, items };
}

/** The `[...page]` route parameter for a page: nothing for page 1, `page/n` after it. */
export function pageParam(number: number): string | undefined {
  return number > 1 ? `page/${number}` : undefined;
}

/**
 * One `getStaticPaths` entry per page of a listing, with the listing's own parameters and props added, and a
 * `cacheKey` made of `listingKey` and the page, so the incremental build renders a page again only when its
 * items or what the listing shows around them changed. `listingKey` is the caller's `cacheKey` of everything
 * its pages show besides the page itself (headings, counts, neighbours): a precise one keeps a change to one
 * paper from rendering every page of every listing that holds it.
 */
export function pagedPaths<T, P extends Record<string, string>, X extends object>(
  items: readonly T[],
  params: P,
  props: X,
  listingKey: string,
): { params: P & { page: string | undefined }; props: X & { page: Page<T> }; cacheKey: string }[] {
  return paginate(items).map((page) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { ...props, page },
    cacheKey: cacheKey(listingKey, page),
  }));
}

/** A page link in the pagination bar, or a gap between distant pages. */
export type PageLink = { type: 'page'; number: number; current: boolean } | { type: 'gap' };

/**
 * The page numbers the pagination bar shows: the first, the last, and `radius` pages either side of the
 * current one, with gaps between; a bar stays short even for thousands of pages.
 */
export function pageLinks(current: number, count: number, radius = 2): PageLink[] {
  const shown = new Set<number>([1, count]);
  for (let number = current - radius; number <= current + radius; number++) {
    if (number >= 1 && number <= count) shown.add(number);
  }
  const links: PageLink[] = [];
  let previous = 0;
  for (const number of [...shown].sort((a, b) => a - b)) {
    // A gap of exactly one page is shown as that page: a "…" would hide no more than a number does.
    if (number - previous === 2) links.push({ type: 'page', number: previous + 1, current: previous + 1 === current });
    else if (number - previous > 2) links.push({ type: 'gap' });
    links.push({ type: 'page', number, current: number === current });
    previous = number;
  }
  return links;
}
