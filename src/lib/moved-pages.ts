/**
 * Addresses the site once served and no longer does, which must still lead somewhere. A day listed had pages until it
 * became one page: its later pages (`/digests/<date>/page/<n>/`) are now redirects to the whole day. A redirect is
 * no page of the site, so the sitemap leaves it out.
 */

/** The papers each page of a day held while a day had pages: the page size then, fixed as the addresses it made are. */
export const DAY_PAGE_SIZE_BEFORE = 20;

/** The numbers of the pages after the first that a day of `papers` papers had, each now a redirect to the day. */
export function movedDayPages(papers: number): number[] {
  const pages = Math.ceil(papers / DAY_PAGE_SIZE_BEFORE);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, index) => index + 2);
}

/** A day's later page, under any base path; no page the site serves now has this shape. */
const MOVED_DAY_PAGE = /\/digests\/\d{4}-\d{2}-\d{2}\/page\/\d+\/$/;

/** Whether a URL (absolute, or a path) is one of the redirects. */
export function isMovedPage(url: string): boolean {
  return MOVED_DAY_PAGE.test(new URL(url, 'http://localhost').pathname);
}
