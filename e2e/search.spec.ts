import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../src/lib/csp.ts';
import { archivePapers, mostCommon, type PaperFacts } from './archive-facts.ts';
import { at, BASE } from './site.ts';
import { expect, test } from './strict-page.ts';

// The tests are independent: spread them over the workers. Each fails on a policy violation or script error.
test.describe.configure({ mode: 'parallel' });

const PAPERS = archivePapers();

/** A phrase that appears, word for word, in one paper's abstract and in no other paper's. */
const PHRASE = 'real-time feature extraction on a mobile robot';
const PHRASE_PAPER = ((): PaperFacts => {
  const [paper, ...others] = PAPERS.filter((candidate) => candidate.abstract.includes(PHRASE));
  if (paper === undefined || others.length > 0) {
    throw new Error(`expected one paper whose abstract holds “${PHRASE}”, found ${others.length + (paper ? 1 : 0)}`);
  }
  return paper;
})();

/** The papers a listing gave upvotes. */
const UPVOTED = PAPERS.filter((paper) => paper.upvotes !== undefined);

/** A word in many abstracts, to search with filters and sorts. */
const COMMON_WORD = 'attention';

/** What one result of a direct Pagefind search holds. */
interface Hit {
  url: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/**
 * Searches through `pagefind.js` itself, as the search page does, on whatever page is open, and loads every
 * result. Result URLs carry the base path, as on the search page.
 */
async function pagefindSearch(
  page: Page,
  term: string | null,
  options: { filters?: Record<string, string>; sort?: Record<string, string> } = {},
  { noWorker = false } = {},
): Promise<Hit[]> {
  return page.evaluate(
    async ({ url, baseUrl, term, options, noWorker }) => {
      interface Fragment {
        url: string;
        meta: Record<string, string>;
        filters: Record<string, string[]>;
      }
      const pagefind = (await import(url)) as {
        options: (options: object) => Promise<void>;
        search: (term: string | null, options: object) => Promise<{ results: { data: () => Promise<Fragment> }[] }>;
      };
      await pagefind.options({ baseUrl, noWorker });
      const search = await pagefind.search(term, options);
      const fragments = await Promise.all(search.results.map((result) => result.data()));
      return fragments.map(({ url, meta, filters }) => ({ url, meta, filters }));
    },
    { url: at('pagefind/pagefind.js'), baseUrl: BASE, term, options, noWorker },
  );
}

/** The paper a result URL names. */
function slugOf(url: string): string {
  expect(url.startsWith(at('papers/')), `${url} is a paper page under ${BASE}`).toBe(true);
  return url.slice(at('papers/').length, -1);
}

const slugs = (papers: readonly PaperFacts[]): string[] => papers.map((paper) => paper.slug).sort();
const papersPhrase = (count: number): string => `${count} ${count === 1 ? 'paper' : 'papers'}`;

/** The search page's parts, by role. */
function searchPage(page: Page): {
  query: Locator;
  status: Locator;
  results: Locator;
  titles: Locator;
  more: Locator;
  select: (name: string) => Locator;
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
  };
}

/** Waits for the search in progress to show its results. */
async function settled(page: Page): Promise<void> {
  await expect(searchPage(page).results).not.toHaveAttribute('aria-busy', 'true');
}

/** Every result title, after showing every page of results. */
async function allTitles(page: Page): Promise<string[]> {
  const ui = searchPage(page);
  await settled(page);
  while (await ui.more.isVisible()) {
    const before = await ui.titles.count();
    await ui.more.click();
    await expect(ui.titles).not.toHaveCount(before);
  }
  return ui.titles.allTextContents();
}

test.describe('searching from the search page', () => {
  test('a distinctive phrase from a real abstract finds that paper first, with the match marked', async ({ page }) => {
    const paper = PHRASE_PAPER;

    await page.goto(at('search/'));
    const ui = searchPage(page);
    await ui.query.fill(PHRASE);
    await ui.query.press('Enter');
    await expect(page).toHaveURL(at(`search/?q=${encodeURIComponent(PHRASE).replaceAll('%20', '+')}`));
    await settled(page);

    const first = ui.results.getByRole('listitem').first();
    await expect(first.getByRole('heading', { level: 2 })).toHaveText(paper.title);
    await expect(first.getByRole('link', { name: paper.title })).toHaveAttribute('href', at(`papers/${paper.slug}/`));
    await expect(first.getByRole('list', { name: 'Topics' }).getByRole('listitem')).toHaveText(paper.topics);
    await expect(first.locator('time')).toHaveAttribute('datetime', paper.published ?? '');
    const marked = (await first.locator('mark').allTextContents()).map((word) => word.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['mobile', 'robot']));
    await expect(ui.status).toHaveText(/^\d+ papers? match(es)? “real-time feature extraction on a mobile robot”\.$/);

    const hits = await pagefindSearch(page, PHRASE);
    expect(slugOf(hits[0]?.url ?? '')).toBe(paper.slug);
    expect(hits[0]?.meta.title).toBe(paper.title);
  });

  test('each filter narrows the results to exactly the papers the content gives it', async ({ page }) => {
    const topic = mostCommon(PAPERS, (paper) => paper.topics);
    const year = mostCommon(PAPERS, (paper) => (paper.year === undefined ? [] : [paper.year]));
    const organisation = mostCommon(PAPERS, (paper) => (paper.organisation === undefined ? [] : [paper.organisation]));
    const cases = [
      { key: 'topic', value: topic.value, papers: topic.papers },
      { key: 'year', value: year.value, papers: year.papers },
      { key: 'organisation', value: organisation.value, papers: organisation.papers },
      { key: 'code', value: 'yes', papers: PAPERS.filter((paper) => paper.hasCode) },
      { key: 'code', value: 'no', papers: PAPERS.filter((paper) => !paper.hasCode) },
    ];
    await page.goto(at(''));
    const withWord = (await pagefindSearch(page, COMMON_WORD)).map((hit) => slugOf(hit.url));
    expect(withWord.length).toBeGreaterThan(10);
    for (const { key, value, papers } of cases) {
      expect(papers.length, `${key} ${value} has papers`).toBeGreaterThan(0);
      expect(papers.length, `${key} ${value} leaves papers out`).toBeLessThan(PAPERS.length);
      const alone = await pagefindSearch(page, null, { filters: { [key]: value } });
      expect(alone.map((hit) => slugOf(hit.url)).sort(), `${key}: ${value}`).toEqual(slugs(papers));
      const narrowed = await pagefindSearch(page, COMMON_WORD, { filters: { [key]: value } });
      const expected = withWord.filter((slug) => papers.some((paper) => paper.slug === slug));
      expect(narrowed.map((hit) => slugOf(hit.url)).sort(), `“${COMMON_WORD}” and ${key}: ${value}`).toEqual(
        expected.sort(),
      );
    }
  });

  test('the filter controls offer every value with its count, and each one narrows the results', async ({ page }) => {
    const topic = mostCommon(PAPERS, (paper) => paper.topics);
    const withCode = PAPERS.filter((paper) => paper.hasCode);
    await page.goto(at('search/'));
    const ui = searchPage(page);
    await expect(ui.status).toHaveText(/^Type words from a paper’s title/);

    // The choices come with the page, counted at build time: each one's count is what the index finds.
    const offered: { key: string; value: string; count: number }[] = [];
    for (const [key, name] of Object.entries({
      topic: 'Topic',
      year: 'Year',
      organisation: 'Organisation',
      code: 'Code',
    })) {
      const options = ui.select(name).getByRole('option');
      for (const option of (await options.all()).slice(1)) {
        const value = (await option.getAttribute('value')) ?? '';
        const count = /\((\d+) papers?\)$/.exec((await option.textContent()) ?? '')?.[1];
        offered.push({ key, value, count: Number(count) });
      }
    }
    expect(new Set(offered.map((choice) => choice.key))).toEqual(new Set(['topic', 'year', 'organisation', 'code']));
    for (const { key, value, count } of offered) {
      const found = await pagefindSearch(page, null, { filters: { [key]: value } });
      expect(found.length, `${key}: ${value}`).toBe(count);
    }

    await ui.select('Topic').selectOption({ label: `${topic.value} (${papersPhrase(topic.papers.length)})` });
    await expect(page).toHaveURL(at(`search/?topic=${encodeURIComponent(topic.value).replaceAll('%20', '+')}`));
    expect((await allTitles(page)).sort()).toEqual(topic.papers.map((paper) => paper.title).sort());
    await expect(ui.status).toHaveText(`${papersPhrase(topic.papers.length)} match the filters, newest first.`);

    await ui.select('Code').selectOption({ label: `With code (${papersPhrase(withCode.length)})` });
    const both = topic.papers.filter((paper) => paper.hasCode);
    expect((await allTitles(page)).sort()).toEqual(both.map((paper) => paper.title).sort());

    await ui.select('Topic').selectOption('');
    await ui.select('Code').selectOption('');
    await expect(ui.status).toHaveText(/^Type words from a paper’s title/);
    await expect(ui.titles).toHaveCount(0);
    await expect(page).toHaveURL(at('search/'));
  });

  test('sorting by most discussed orders the results by comment count', async ({ page }) => {
    const comments = new Map(PAPERS.map((paper) => [paper.title, paper.comments]));
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    const ui = searchPage(page);
    await settled(page);
    await ui.select('Sort by').selectOption({ label: 'Most discussed' });
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}&sort=comments`));
    const titles = await allTitles(page);
    const shown = titles.map((title) => comments.get(title) ?? -1);
    expect(shown).not.toContain(-1);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(new Set(shown).size, 'the results have different comment counts to order').toBeGreaterThan(1);
    const stated = await ui.results.getByText(/^\d+ comments?$/).allTextContents();
    expect(stated.map((text) => Number.parseInt(text, 10))).toEqual(shown);

    // Through pagefind.js: every result keeps its place in the sort, and the order is the page's.
    const hits = await pagefindSearch(page, COMMON_WORD, { sort: { comments: 'desc' } });
    expect(hits.map((hit) => hit.meta.title)).toEqual(titles);
    expect(hits.length).toBe((await pagefindSearch(page, COMMON_WORD)).length);
  });

  test('sorting by newest orders by published date and keeps the undated papers, last', async ({ page }) => {
    await page.goto(at(''));
    const hits = await pagefindSearch(page, null, { sort: { published: 'desc' } });
    expect(hits).toHaveLength(PAPERS.length);
    const dates = hits.map((hit) => hit.meta.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    const undated = PAPERS.filter((paper) => paper.published === undefined).map((paper) => paper.slug);
    expect(
      hits
        .slice(hits.length - undated.length)
        .map((hit) => slugOf(hit.url))
        .sort(),
    ).toEqual(undated.sort());
  });

  test('only papers a listing gave upvotes have an upvotes sort key: sorted by it, Pagefind finds just those', async ({
    page,
  }) => {
    test.skip(UPVOTED.length === 0, 'no paper in content/papers has upvotes, so the index has no upvotes key');
    await page.goto(at(''));
    const hits = await pagefindSearch(page, null, { sort: { upvotes: 'desc' } });
    expect(hits.map((hit) => slugOf(hit.url)).sort()).toEqual(slugs(UPVOTED));
    expect(hits.map((hit) => Number(hit.meta.upvotes))).toEqual(
      UPVOTED.map((paper) => paper.upvotes ?? 0).sort((a, b) => b - a),
    );
  });

  test('sorting by most upvoted lists the papers with upvotes, most first, then every other match', async ({
    page,
  }) => {
    test.skip(UPVOTED.length === 0, 'no paper in content/papers has upvotes, so the page offers no such sort');
    const upvotes = new Map(PAPERS.map((paper) => [paper.title, paper.upvotes]));
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    const ui = searchPage(page);
    await settled(page);
    await ui.select('Sort by').selectOption({ label: 'Most upvoted' });
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}&sort=upvotes`));
    const titles = await allTitles(page);
    const relevance = (await pagefindSearch(page, COMMON_WORD)).map((hit) => hit.meta.title ?? '');
    const known = titles.filter((title) => upvotes.get(title) !== undefined);
    // Those with upvotes, most first; then every other match, in the order of relevance.
    expect(titles).toEqual([...known, ...relevance.filter((title) => upvotes.get(title) === undefined)]);
    const counts = known.map((title) => upvotes.get(title) ?? 0);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const stated = await ui.results.getByText(/^[\d,]+ upvotes?$/).allTextContents();
    expect(stated.map((text) => Number(text.replace(/\D/g, '')))).toEqual(counts);

    // Without words, those without upvotes come newest first.
    await ui.query.fill('');
    await ui.select('Code').selectOption('yes');
    await settled(page);
    const code = PAPERS.filter((paper) => paper.hasCode);
    await expect(ui.status).toHaveText(
      `${papersPhrase(code.length)} match the filters, most upvoted first, then those without upvotes, newest first.`,
    );
    await expect(page).toHaveURL(at('search/?code=yes&sort=upvotes'));
    const listed = await allTitles(page);
    const newest = (await pagefindSearch(page, null, { filters: { code: 'yes' }, sort: { published: 'desc' } })).map(
      (hit) => hit.meta.title ?? '',
    );
    expect(listed.slice(listed.length - newest.filter((title) => upvotes.get(title) === undefined).length)).toEqual(
      newest.filter((title) => upvotes.get(title) === undefined),
    );
  });

  test('while no paper has upvotes, no upvotes sort is offered, and a shared link asking for one gets relevance', async ({
    page,
  }) => {
    test.skip(UPVOTED.length > 0, 'papers in content/papers have upvotes, so the page offers the sort');
    await page.goto(at(`search/?q=${COMMON_WORD}&sort=upvotes`));
    const ui = searchPage(page);
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}`));
    await expect(ui.select('Sort by').getByRole('option')).toHaveText(['Relevance', 'Newest first', 'Most discussed']);
    await expect(ui.select('Sort by')).toHaveValue('relevance');
    const titles = await allTitles(page);
    expect(titles).toEqual((await pagefindSearch(page, COMMON_WORD)).map((hit) => hit.meta.title ?? ''));
    await expect(ui.results).not.toContainText('upvote');
  });

  test('a shared URL reproduces the search: query, filters, sort and results', async ({ page, context }) => {
    const year = mostCommon(PAPERS, (paper) => (paper.year === undefined ? [] : [paper.year]));
    await page.goto(at('search/'));
    const ui = searchPage(page);
    await ui.query.fill(COMMON_WORD);
    await ui.select('Year').selectOption(year.value);
    await ui.select('Sort by').selectOption('newest');
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}&year=${year.value}&sort=newest`));
    await settled(page);
    const titles = await ui.titles.allTextContents();
    expect(titles.length).toBeGreaterThan(0);

    const shared = await context.newPage();
    await shared.goto(page.url());
    const again = searchPage(shared);
    await settled(shared);
    await expect(again.query).toHaveValue(COMMON_WORD);
    await expect(again.select('Year')).toHaveValue(year.value);
    await expect(again.select('Sort by')).toHaveValue('newest');
    await expect(again.titles).toHaveText(titles);
    await expect(again.status).toHaveText(await ui.status.innerText());
  });

  test('an unknown filter value in a shared URL is dropped, not applied silently', async ({ page }) => {
    await page.goto(at(`search/?q=${COMMON_WORD}&topic=No+such+topic`));
    const ui = searchPage(page);
    await settled(page);
    await expect(ui.select('Topic')).toHaveValue('');
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}`));
    await expect(ui.titles).not.toHaveCount(0);
  });
});

test.describe('the search field’s shortcut hint', () => {
  test('shows “/” beside the field where there is a keyboard and a mouse', async ({ page }) => {
    await page.goto(at(''));
    await expect(page.getByRole('banner').locator('kbd')).toHaveText('/');
    await expect(page.getByRole('banner').locator('kbd')).toBeVisible();
    await expect(page.getByRole('banner').getByRole('searchbox')).toHaveAttribute('placeholder', 'Search papers');
  });

  test.describe('on a phone', () => {
    test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });

    test('is hidden, as there is no / key to press', async ({ page }) => {
      await page.goto(at(''));
      expect(await page.evaluate(() => matchMedia('(hover: hover) and (pointer: fine)').matches)).toBe(false);
      await expect(page.getByRole('banner').locator('kbd')).toBeHidden();
    });
  });
});

test.describe('the states of a search', () => {
  test('an empty search says how to search, and a search that finds nothing says so', async ({ page }) => {
    await page.goto(at('search/'));
    const ui = searchPage(page);
    await expect(ui.status).toHaveText(
      'Type words from a paper’s title, authors, abstract, topics or organisation, or choose a filter to list papers.',
    );
    await expect(ui.titles).toHaveCount(0);
    await ui.query.fill('zyxwvutsrq');
    await expect(ui.status).toHaveText('No papers match “zyxwvutsrq”. Try fewer or other words.');
    await expect(ui.titles).toHaveCount(0);
    await expect(ui.more).toBeHidden();
  });

  test('a query of punctuation only searches nothing and says why, and filters still apply', async ({ page }) => {
    const punctuation = '?!…—"\'<>&%#';
    await page.goto(at(`search/?q=${encodeURIComponent(punctuation)}`));
    const ui = searchPage(page);
    await expect(ui.query).toHaveValue(punctuation);
    await expect(ui.status).toHaveText(
      `“${punctuation}” has no letters or digits to search for. Type a word, or choose a filter.`,
    );
    await expect(ui.titles).toHaveCount(0);

    const code = PAPERS.filter((paper) => paper.hasCode);
    await ui.select('Code').selectOption('yes');
    await settled(page);
    await expect(ui.status).toHaveText(
      `“${punctuation}” has no letters or digits, so only the filters apply. ${papersPhrase(code.length)} match the filters, newest first.`,
    );
  });

  test('a 2,000-character query is cut to 200 characters, in the field, the URL and the search', async ({ page }) => {
    const long = 'attention sinks '.repeat(200).slice(0, 2000);
    expect(long).toHaveLength(2000);
    await page.goto(at(`search/?q=${encodeURIComponent(long)}`));
    const ui = searchPage(page);
    await settled(page);
    const kept = await ui.query.inputValue();
    expect(kept.length).toBeGreaterThan(150);
    expect(kept.length).toBeLessThanOrEqual(200);
    expect(long.startsWith(kept)).toBe(true);
    expect(new URL(page.url()).searchParams.get('q')).toBe(kept);
    await expect(ui.status).toContainText('The search was shortened to its first 200 characters.');
    await expect(ui.titles.first()).toBeVisible();

    await ui.query.fill(long);
    expect((await ui.query.inputValue()).length).toBeLessThanOrEqual(200);
  });

  test('the page passes axe with results shown, in light and dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    await settled(page);
    const axe = (): AxeBuilder => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    const list = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] =>
      violations.map((violation) => `${violation.id}: ${violation.help}`);
    expect(list((await axe().analyze()).violations)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(list((await axe().withRules(['color-contrast']).analyze()).violations)).toEqual([]);
  });
});

test.describe('the search field in the header', () => {
  test('searches from a paper page: / focuses it, Enter opens the results, and no search code loads before', async ({
    page,
  }) => {
    const paper = PHRASE_PAPER;
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith(at('pagefind/'))) fetched.push(request.url());
    });
    await page.goto(at(`papers/${paper.slug}/`));
    const field = page.getByRole('banner').getByRole('searchbox', { name: 'Search papers' });
    await expect(field).not.toBeFocused();
    await page.keyboard.press('/');
    await expect(field).toBeFocused();
    await page.keyboard.type('mobile/robot');
    await expect(field).toHaveValue('mobile/robot');
    await field.fill('mobile robot');
    expect(fetched, 'no Pagefind file before the search is made').toEqual([]);

    await field.press('Enter');
    await expect(page).toHaveURL(at('search/?q=mobile+robot'));
    const ui = searchPage(page);
    await settled(page);
    await expect(ui.titles.first()).toHaveText(paper.title);
    await expect(ui.query).toHaveValue('mobile robot');
    expect(fetched.length).toBeGreaterThan(0);
  });

  test('on the search page, / focuses the page’s own field', async ({ page }) => {
    await page.goto(at('search/'));
    await expect(page.getByRole('banner').getByRole('searchbox')).toHaveCount(0);
    await page.keyboard.press('/');
    await expect(searchPage(page).query).toBeFocused();
  });

  test('a first search fetches Pagefind’s code and the index it needs, no filter file and no ready-made interface', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(at('pagefind/'))) fetched.push(path.slice(at('pagefind/').length));
    });
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    await settled(page);
    expect(fetched).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']));
    const unexpected = fetched.filter(
      (file) =>
        !/^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.en_\w+\.pf_meta|wasm\.en\.pagefind|(?:index|filter|fragment)\/en_\w+\.pf_(?:index|filter|fragment))$/.test(
          file,
        ),
    );
    expect(unexpected).toEqual([]);
    expect(fetched.filter((file) => file.startsWith('fragment/')).length).toBeLessThanOrEqual(20);
    // The filter controls come with the page: the index's filter files wait until a filter is used.
    expect(fetched.filter((file) => file.startsWith('filter/'))).toEqual([]);
  });
});

test.describe('the content security policy', () => {
  test('every kind of page carries it, and no page needs it loosened', async ({ page }) => {
    for (const path of ['', 'search/', `papers/${PHRASE_PAPER.slug}/`, 'topics/', 'no-such-page/']) {
      await page.goto(at(path));
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
        'content',
        CONTENT_SECURITY_POLICY,
      );
    }
  });

  test('it blocks inline script, and these tests see it when it does', async ({ page, problems }) => {
    await page.goto(at(''));
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inline = "ran";';
      document.head.append(script);
      return document.documentElement.dataset.inline ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    await expect.poll(() => problems.join('\n')).toContain('CSP violation: script-src-elem blocked inline');
    problems.length = 0;
  });

  test('Pagefind’s WebAssembly runs on the main thread under it, and would not without wasm-unsafe-eval', async ({
    page,
    context,
    problems,
  }) => {
    await page.goto(at(''));
    const hits = await pagefindSearch(page, PHRASE, {}, { noWorker: true });
    expect(slugOf(hits[0]?.url ?? '')).toBe(PHRASE_PAPER.slug);

    // The same page with the policy minus 'wasm-unsafe-eval': the search cannot start.
    const strict = await context.newPage();
    const strictProblems: string[] = [];
    strict.on('console', (message) => strictProblems.push(message.text()));
    await strict.route(at(''), async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(" 'wasm-unsafe-eval'", '') });
    });
    await strict.goto(at(''));
    const outcome = await pagefindSearch(strict, PHRASE, {}, { noWorker: true }).then(
      (found) => `found ${found.length}`,
      (error: unknown) => `failed: ${String(error)}`,
    );
    expect(outcome).not.toMatch(/^found [1-9]/);
    expect(strictProblems.join('\n')).toMatch(/WebAssembly|wasm-unsafe-eval/);
    expect(problems).toEqual([]);
  });
});
