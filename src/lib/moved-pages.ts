/**
 * Addresses the site once served and no longer does, which must still lead somewhere. A day listed had pages until it
 * became one page: the later pages (`/digests/<date>/page/<n>/`) of the days the archive held then are now redirects
 * to the whole day. A day listed since never had pages, so it gets none. A redirect is no page of the site, so the
 * sitemap leaves it out.
 */

/** The papers each page of a day held while a day had pages: the page size then, fixed as the addresses it made are. */
export const DAY_PAGE_SIZE_BEFORE = 20;

/**
 * The latest day listed while days had pages: the last digest the archive held when a day became one page (commit
 * 6e389b2). Fixed, as the addresses those days had are.
 */
export const LAST_DAY_WITH_PAGES = '2026-10-02';

/**
 * The numbers of the pages after the first that the day listed on `date` (`YYYY-MM-DD`) had with its `papers` papers,
 * each now a redirect to the day; none for a day listed after days became one page.
 */
export function movedDayPages(date: string, papers: number): number[] {
  if (date > LAST_DAY_WITH_PAGES) return [];
  const pages = Math.ceil(papers / DAY_PAGE_SIZE_BEFORE);
  return Array.from({ length: Math.max(0, pages - 1) }, (_, index) => index + 2);
}

/** A day's later page, under any base path; no page the site serves now has this shape. */
const MOVED_DAY_PAGE = /\/digests\/\d{4}-\d{2}-\d{2}\/page\/\d+\/$/;

/** Whether a URL (absolute, or a path) is one of the redirects. */
export function isMovedPage(url: string): boolean {
  return MOVED_DAY_PAGE.test(new URL(url, 'http://localhost').pathname);
}
