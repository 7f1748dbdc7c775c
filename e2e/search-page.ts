// The search page as the end-to-end tests drive it: its parts by role, and waiting for a search to settle.
import { expect, type Locator, type Page } from '@playwright/test';

/** The search page's parts, by role. */
export function searchPage(page: Page): {
  query: Locator;
  status: Locator;
  results: Locator;
  titles: Locator;
  more: Locator;
  select: (name: string) => Locator;
  /** The scopes a link set, each a named constraint with a button that removes it. */
  scopes: Locator;
} {
  const main = page.getByRole('main');
  const results = main.getByRole('list', { name: 'Search results' });
  return {
    query: main.getByRole('searchbox', { name: 'Words in the title, authors, abstract, topics or organisation' }),
    status: main.getByRole('status'),
    results,
    titles: results.getByRole('heading', { level: 2 }),
    more: main.getByRole('button', { name: /^Show \d+ more results?$/ }),
    select: (name: string) => main.getByRole('combobox', { name }),
    scopes: main.getByRole('list', { name: 'Narrowed to' }),
  };
}

/**
 * Waits for the search in progress to show its results and say what it found. Every action that starts a search says
 * "Searching…" at once, and a page still loading the index says "Loading…" or nothing, so no earlier state passes.
 * A page opened with neither words nor a filter runs no search, and its address's notes (an unknown topic) show alone
 * until Pagefind loads: wait for such a page's status by its text instead.
 */
export async function settled(page: Page): Promise<void> {
  const ui = searchPage(page);
  await expect(ui.status).not.toHaveText(/^$|^Loading|^Searching…/);
  // The list is hidden while it is empty, so it is found by its attribute rather than its role.
  await expect(page.locator('[data-search-results]')).not.toHaveAttribute('aria-busy', 'true');
}

/** Every result title, after showing every page of results. */
export async function allTitles(page: Page): Promise<string[]> {
  const ui = searchPage(page);
  await settled(page);
  while (await ui.more.isVisible()) {
    const before = await ui.titles.count();
    await ui.more.click();
    await expect(ui.titles).not.toHaveCount(before);
    // The button comes back, if more are left, once the whole page is in place.
    await settled(page);
  }
  return ui.titles.allTextContents();
}
