import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../src/lib/csp.ts';
import { withDigits } from '../src/lib/digitless.ts';
import { formatDate } from '../src/lib/format.ts';
import { isoWeek } from '../src/lib/iso-week.ts';
import { archivePapers, mostCommon, type PaperFacts } from './archive-facts.ts';
import { allTitles, searchPage, settled } from './search-page.ts';
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
  /** Its metadata, dates and counts with their digits back, as the result item reads them. */
  meta: Record<string, string>;
  /** Its metadata as the index holds it. */
  rawMeta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The metadata the paper pages give without digits (src/lib/search-meta.ts). */
const DIGITLESS = ['published', 'listed', 'comments', 'upvotes'];

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
  const hits = await page.evaluate(
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
  return hits.map((hit) => ({
    ...hit,
    rawMeta: hit.meta,
    meta: Object.fromEntries(
      Object.entries(hit.meta).map(([key, value]) => [key, DIGITLESS.includes(key) ? withDigits(value) : value]),
    ),
  }));
}

/** The paper a result URL names. */
function slugOf(url: string): string {
  expect(url.startsWith(at('papers/')), `${url} is a paper page under ${BASE}`).toBe(true);
  return url.slice(at('papers/').length, -1);
}

const slugs = (papers: readonly PaperFacts[]): string[] => papers.map((paper) => paper.slug).sort();
const papersPhrase = (count: number): string => `${count} ${count === 1 ? 'paper' : 'papers'}`;

/** Every result title for a query, in order of title, from the search page. */
async function foundTitles(page: Page, query: string): Promise<string[]> {
  await page.goto(at(`search/?q=${encodeURIComponent(query)}`));
  return (await allTitles(page)).sort();
}

const titles = (papers: readonly PaperFacts[]): string[] => papers.map((paper) => paper.title).sort();

/** The text a paper's page gives the index, block after block. */
function indexedText(paper: PaperFacts): string {
  return [paper.title, ...paper.authorNames, paper.organisation ?? '', paper.abstract, ...paper.topics].join(' ');
}

/** What search finds a paper by: its indexed text and its arXiv id. */
function searchedText(paper: PaperFacts): string {
  return `${indexedText(paper)} ${paper.arxiv ?? ''}`;
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
    await expect(first.locator('time').first()).toHaveAttribute('datetime', paper.published ?? '');
    await expect(first.getByText(/^Listed /).locator('time')).toHaveAttribute('datetime', paper.firstListed);
    const marked = (await first.locator('mark').allTextContents()).map((word) => word.toLowerCase());
    expect(marked).toEqual(expect.arrayContaining(['mobile', 'robot']));
    await expect(ui.status).toHaveText(/^\d+ papers? match(es)? “real-time feature extraction on a mobile robot”\.$/);

    const hits = await pagefindSearch(page, PHRASE);
    expect(slugOf(hits[0]?.url ?? '')).toBe(paper.slug);
    expect(hits[0]?.meta.title).toBe(paper.title);
  });

  test('each filter narrows the results to exactly the papers the content gives it, by the ids the site uses', async ({
    page,
  }) => {
    const topic = mostCommon(PAPERS, (paper) => paper.topicIds);
    const year = mostCommon(PAPERS, (paper) => (paper.year === undefined ? [] : [paper.year]));
    const listed = mostCommon(PAPERS, (paper) => [paper.firstListed.slice(0, 4)]);
    const organisation = mostCommon(PAPERS, (paper) =>
      paper.organisationId === undefined ? [] : [paper.organisationId],
    );
    // The scopes that links set, worked out here from the files, not by the site's grouping.
    const day = mostCommon(PAPERS, (paper) => paper.listedIn);
    const week = mostCommon(PAPERS, (paper) => [...new Set(paper.listedIn.map((date) => isoWeek(date).id))]);
    const listedMonth = mostCommon(PAPERS, (paper) => [...new Set(paper.listedIn.map((date) => date.slice(0, 7)))]);
    const month = mostCommon(PAPERS, (paper) => (paper.published === undefined ? [] : [paper.published.slice(0, 7)]));
    const owner = mostCommon(PAPERS, (paper) => paper.owners);
    const cases = [
      { key: 'topic', value: topic.value, papers: topic.papers },
      { key: 'year', value: year.value, papers: year.papers },
      { key: 'listed', value: listed.value, papers: listed.papers },
      { key: 'organisation', value: organisation.value, papers: organisation.papers },
      { key: 'code', value: 'yes', papers: PAPERS.filter((paper) => paper.hasCode) },
      { key: 'code', value: 'no', papers: PAPERS.filter((paper) => !paper.hasCode) },
      { key: 'listed-day', value: day.value, papers: day.papers },
      { key: 'listed-week', value: week.value, papers: week.papers },
      { key: 'listed-month', value: listedMonth.value, papers: listedMonth.papers },
      { key: 'month', value: month.value, papers: month.papers },
      { key: 'owner', value: owner.value, papers: owner.papers },
    ];
    await page.goto(at(''));
    const withWord = (await pagefindSearch(page, COMMON_WORD)).map((hit) => slugOf(hit.url));
    expect(withWord.length).toBeGreaterThan(10);
    for (const { key, value, papers } of cases) {
      expect(papers.length, `${key} ${value} has papers`).toBeGreaterThan(0);
      if (key !== 'listed') expect(papers.length, `${key} ${value} leaves papers out`).toBeLessThan(PAPERS.length);
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
    const topic = mostCommon(PAPERS, (paper) => paper.topicIds);
    const topicTitle = topic.papers[0]?.topics[topic.papers[0].topicIds.indexOf(topic.value)] ?? '';
    const withCode = PAPERS.filter((paper) => paper.hasCode);
    await page.goto(at('search/'));
    const ui = searchPage(page);
    await expect(ui.status).toHaveText(/^Type words from a paper’s title/);

    // The choices come with the page, counted at build time: each one's count is what the index finds.
    const offered: { key: string; value: string; count: number }[] = [];
    for (const [key, name] of Object.entries({
      topic: 'Topic',
      year: 'Published',
      listed: 'Listed',
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
    expect(new Set(offered.map((choice) => choice.key))).toEqual(
      new Set(['topic', 'year', 'listed', 'organisation', 'code']),
    );
    for (const { key, value, count } of offered) {
      const found = await pagefindSearch(page, null, { filters: { [key]: value } });
      expect(found.length, `${key}: ${value}`).toBe(count);
    }

    await ui.select('Topic').selectOption({ label: `${topicTitle} (${papersPhrase(topic.papers.length)})` });
    await expect(page).toHaveURL(at(`search/?topic=${topic.value}`));
    expect((await allTitles(page)).sort()).toEqual(topic.papers.map((paper) => paper.title).sort());
    await expect(ui.status).toHaveText(
      `${papersPhrase(topic.papers.length)} match the filters, published newest first.`,
    );

    // The counts now follow the topic: the code choices count the topic's papers.
    const topicWithCode = topic.papers.filter((paper) => paper.hasCode);
    await expect(ui.select('Code').getByRole('option', { name: /^With code/ })).toHaveText(
      `With code (${papersPhrase(topicWithCode.length)})`,
    );
    expect(withCode.length).toBeGreaterThan(topicWithCode.length);
    await ui.select('Code').selectOption('yes');
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
      `${papersPhrase(code.length)} match the filters, most upvoted first, then those without upvotes, published newest first.`,
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
    await expect(ui.select('Sort by').getByRole('option')).toHaveText([
      'Relevance',
      'Published, newest first',
      'Listed, newest first',
      'Most discussed',
    ]);
    await expect(ui.status).toContainText('No sort “upvotes”; sorted by relevance.');
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
    await ui.select('Published').selectOption(year.value);
    await ui.select('Sort by').selectOption('listed');
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}&year=${year.value}&sort=listed`));
    await settled(page);
    const titles = await ui.titles.allTextContents();
    expect(titles.length).toBeGreaterThan(0);

    const shared = await context.newPage();
    await shared.goto(page.url());
    const again = searchPage(shared);
    await settled(shared);
    await expect(again.query).toHaveValue(COMMON_WORD);
    await expect(again.select('Published')).toHaveValue(year.value);
    await expect(again.select('Sort by')).toHaveValue('listed');
    await expect(again.titles).toHaveText(titles);
    await expect(again.status).toHaveText(await ui.status.innerText());
  });

  test('a link names a topic by its id; an older link by its title is read as that id; an unknown one is reported', async ({
    page,
  }) => {
    const topic = mostCommon(PAPERS, (paper) => paper.topicIds);
    const title = topic.papers[0]?.topics[topic.papers[0].topicIds.indexOf(topic.value)] ?? '';
    const ui = searchPage(page);

    await page.goto(at(`search/?topic=${topic.value}`));
    await expect(ui.select('Topic')).toHaveValue(topic.value);
    expect((await allTitles(page)).sort()).toEqual(topic.papers.map((paper) => paper.title).sort());

    await page.goto(at(`search/?topic=${encodeURIComponent(title)}&q=${COMMON_WORD}`));
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}&topic=${topic.value}`));
    await expect(ui.select('Topic')).toHaveValue(topic.value);

    await page.goto(at(`search/?q=${COMMON_WORD}&topic=No+such+topic`));
    await settled(page);
    await expect(ui.select('Topic')).toHaveValue('');
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}`));
    await expect(ui.status).toHaveText(/ No topic “No such topic”; showing all topics\.$/);
    await expect(ui.titles).not.toHaveCount(0);
  });
});

test.describe('scopes that links set', () => {
  /** A paper listed on more than one day, and the days. */
  const AGAIN = PAPERS.find((paper) => new Set(paper.listedIn).size > 1);
  const DAY = mostCommon(PAPERS, (paper) => paper.listedIn);

  test('a paper listed on two days is found by each day, its weeks and its months', async ({ page }) => {
    if (AGAIN === undefined) throw new Error('expected a paper listed on two days in content/papers');
    await page.goto(at(''));
    for (const date of AGAIN.listedIn) {
      for (const filters of [
        { 'listed-day': date },
        { 'listed-week': isoWeek(date).id },
        { 'listed-month': date.slice(0, 7) },
      ]) {
        const found = (await pagefindSearch(page, null, { filters })).map((hit) => slugOf(hit.url));
        expect(found, JSON.stringify(filters)).toContain(AGAIN.slug);
      }
    }
  });

  test('a link’s day shows as a named constraint, applies with words and filters, stays in the URL and can be removed', async ({
    page,
  }) => {
    const withCode = DAY.papers.filter((paper) => paper.hasCode);
    expect(withCode.length).toBeGreaterThan(0);
    await page.goto(at(`search/?code=yes&listed-day=${DAY.value}`));
    const ui = searchPage(page);
    await expect(page).toHaveURL(at(`search/?listed-day=${DAY.value}&code=yes`));
    const label = `Listed on ${formatDate(DAY.value)}`;
    await expect(ui.scopes.getByRole('listitem')).toHaveText([`${label} Remove`]);
    const remove = ui.scopes.getByRole('button', { name: `Remove: ${label}` });
    await expect(remove).toBeVisible();
    expect((await allTitles(page)).sort()).toEqual(withCode.map((paper) => paper.title).sort());
    await expect(ui.status).toHaveText(`${papersPhrase(withCode.length)} match the filters, published newest first.`);
    // No control offers a day: there would be one choice per day of the archive.
    await expect(page.getByRole('main').getByRole('combobox')).toHaveCount(6);
    // The choices count within the day.
    await ui.select('Code').focus();
    await expect(ui.select('Code').getByRole('option')).toHaveText([
      'With or without code',
      `With code (${papersPhrase(withCode.length)})`,
      `Without code (${papersPhrase(DAY.papers.length - withCode.length)})`,
    ]);

    await ui.query.fill(COMMON_WORD);
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}&listed-day=${DAY.value}&code=yes`));
    const words = (await pagefindSearch(page, COMMON_WORD, { filters: { 'listed-day': DAY.value, code: 'yes' } })).map(
      (hit) => hit.meta.title,
    );
    expect((await allTitles(page)).sort()).toEqual(words.sort());

    await remove.click();
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}&code=yes`));
    await expect(ui.scopes).toBeHidden();
    await expect(ui.select('Topic')).toBeFocused();
    const everyDay = await pagefindSearch(page, COMMON_WORD, { filters: { code: 'yes' } });
    expect(everyDay.length).toBeGreaterThan(words.length);
    await expect(ui.status).toHaveText(`${papersPhrase(everyDay.length)} match “${COMMON_WORD}”.`);
  });

  test('names each kind of scope as its listing does', async ({ page }) => {
    const ui = searchPage(page);
    for (const [query, label] of [
      ['listed-week=2026-W10', 'Listed in the week of Mar 2–8, 2026'],
      ['listed-month=2026-04', 'Listed in April 2026'],
      ['month=2024-03', 'Published in March 2024'],
      ['owner=github.com%2FGATECH-EIC', 'Code by gatech-eic on github.com'],
    ] as const) {
      await page.goto(at(`search/?${query}`));
      await settled(page);
      await expect(ui.scopes.getByRole('listitem'), query).toHaveText([`${label} Remove`]);
      await expect(ui.status, query).toHaveText(/^\d+ papers? match(es)? the filters/);
    }
    await expect(page).toHaveURL(at('search/?owner=github.com%2Fgatech-eic'));
  });

  test('a scope not of the shape of its ids, or that no paper has, is reported and not applied', async ({ page }) => {
    const ui = searchPage(page);
    await page.goto(at(`search/?q=${COMMON_WORD}&listed-day=2026-13-01`));
    await settled(page);
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}`));
    await expect(ui.status).toHaveText(/ No day listed “2026-13-01”; showing every day\.$/);
    await expect(ui.scopes).toBeHidden();

    // Well formed, but no digest of that day: the index says so with the search's own counts.
    await page.goto(at(`search/?q=${COMMON_WORD}&listed-day=2026-04-19&owner=github.com%2Fno-such-owner`));
    await settled(page);
    await expect(page).toHaveURL(at(`search/?q=${COMMON_WORD}`));
    await expect(ui.status).toHaveText(
      /^\d+ papers match “attention”\. No day listed “2026-04-19”; showing every day\. No repository owner “github\.com\/no-such-owner”; showing every owner\.$/,
    );
    await expect(ui.scopes).toBeHidden();
    expect((await ui.titles.count()) > 0).toBe(true);
  });

  test('counting the choices loads the files of the filters offered, not the scopes’', async ({ page }) => {
    const filterFiles: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_filter')) filterFiles.push(request.url());
    });
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    const ui = searchPage(page);
    await settled(page);
    expect(filterFiles).toEqual([]);
    await ui.select('Code').focus();
    await expect(ui.select('Code').getByRole('option', { name: /^With code \(/ })).toBeAttached();
    // Pagefind's worker fetches them: its requests are reported apart from the page's, in no set order with it.
    await expect.poll(() => filterFiles).toHaveLength(5);
  });
});

test.describe('honest answers', () => {
  test('a word in no paper says so, rather than listing the papers of a shorter word it begins with', async ({
    page,
  }) => {
    const word = `${COMMON_WORD}zq`;
    expect(PAPERS.filter((paper) => `${paper.title} ${paper.abstract}`.toLowerCase().includes(word))).toEqual([]);
    // Pagefind alone answers it with the papers holding the longest indexed word it begins with.
    await page.goto(at(''));
    expect((await pagefindSearch(page, word)).length).toBeGreaterThan(0);

    await page.goto(at(`search/?q=${word}`));
    const ui = searchPage(page);
    await settled(page);
    await expect(ui.status).toHaveText(`No paper contains “${word}”. Check the spelling, or try other words.`);
    await expect(ui.titles).toHaveCount(0);
    // No choice can give a paper either.
    await ui.select('Topic').focus();
    await expect(ui.select('Topic').locator('option:not([disabled])')).toHaveCount(1);
  });

  test('a word being typed finds the papers with words it begins, and says it is not a whole word', async ({
    page,
  }) => {
    // Cut where no word ends: the index holds words by their stems (`attention` as `attent`).
    const start = COMMON_WORD.slice(0, 7);
    await page.goto(at(`search/?q=${start}`));
    const ui = searchPage(page);
    await settled(page);
    await expect(ui.status).toHaveText(
      new RegExp(
        `^\\d+ papers match “${start}”\\. No paper has “${start}” as a whole word: these have words that begin with it\\.$`,
      ),
    );
    const marked = await ui.results.locator('mark').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    for (const word of marked) expect(word.toLowerCase()).toContain(start);
  });

  test('a hyphenated word and its spaced form find the same papers, in quotes or not: KV-cache and KV cache', async ({
    page,
  }) => {
    const hyphenated = PAPERS.filter((paper) => /\bKV-cache/i.test(indexedText(paper)));
    const spaced = PAPERS.filter((paper) => /\bKV cache/i.test(indexedText(paper)));
    expect(hyphenated.length).toBeGreaterThan(0);
    expect(spaced.length).toBeGreaterThan(0);
    const phrase = await foundTitles(page, '"KV cache"');
    // The status line quotes the reader's phrase in single quotes inside its own double ones.
    await expect(searchPage(page).status).toHaveText(`${papersPhrase(phrase.length)} match “‘KV cache’”.`);
    expect(phrase).toEqual(expect.arrayContaining(titles([...hyphenated, ...spaced])));
    expect(await foundTitles(page, '"KV-cache"')).toEqual(phrase);
    const words = await foundTitles(page, 'KV cache');
    expect(await foundTitles(page, 'KV-cache')).toEqual(words);
    expect(words).toEqual(expect.arrayContaining(phrase));
  });

  test('no excerpt shows the index’s breaks, where a hyphenated word is marked or ends the excerpt', async ({
    page,
  }) => {
    for (const query of ['state-of-the-art', 'KV-cache', 'fine-tuning']) {
      await page.goto(at(`search/?q=${encodeURIComponent(query)}`));
      await allTitles(page);
      const excerpts = await searchPage(page).results.locator('.excerpt').allTextContents();
      expect(excerpts.length, query).toBeGreaterThan(0);
      expect(excerpts.filter((excerpt) => /\p{Pd}\p{L}/u.test(excerpt)).length, query).toBeGreaterThan(0);
      for (const excerpt of excerpts) expect(excerpt, query).not.toMatch(/\p{Pd}~/u);
    }
  });

  test('a phrase finds a hyphenated word however it is written, and wherever the phrase starts or ends in it', async ({
    page,
  }) => {
    const hyphenated = PAPERS.filter((paper) => /\bstate-of-the-art\b/i.test(indexedText(paper)));
    const spaced = PAPERS.filter((paper) => /\bstate of the art\b/i.test(indexedText(paper)));
    expect(hyphenated.length).toBeGreaterThan(0);
    expect(spaced.length).toBeGreaterThan(0);
    const both = await foundTitles(page, '"state of the art"');
    expect(both).toEqual(expect.arrayContaining(titles([...hyphenated, ...spaced])));
    expect(await foundTitles(page, '"state-of-the-art"')).toEqual(both);
    // Real words around the hyphenated word: the phrase may start before it or inside it, and end inside it.
    const [paper, before, after] = ((): [PaperFacts, string, string] => {
      for (const candidate of hyphenated) {
        const around = /(\p{L}{3,}) state-of-the-art (\p{L}{3,})/iu.exec(candidate.abstract);
        if (around?.[1] !== undefined && around[2] !== undefined) return [candidate, around[1], around[2]];
      }
      throw new Error('expected an abstract with “state-of-the-art” between two words');
    })();
    for (const phrase of [
      `${before} state of the art ${after}`,
      `${before} state-of-the-art ${after}`,
      `of the art ${after}`,
      `the-art ${after}`,
      `${before} state of`,
    ]) {
      expect(await foundTitles(page, `"${phrase}"`), phrase).toContain(paper.title);
    }
  });

  test('a dash next to a single letter or digit joins: GPT-4 is one word, not GPT-4o, and 2-D is 2D', async ({
    page,
  }) => {
    const gpt4 = PAPERS.filter((paper) => /(?<![\p{L}\p{N}])GPT-4(?=[\s,;:)])/iu.test(indexedText(paper)));
    const gpt4o = PAPERS.filter((paper) => /(?<![\p{L}\p{N}])GPT-4o\b/iu.test(indexedText(paper)));
    const only4o = gpt4o.filter((paper) => !gpt4.includes(paper));
    expect(gpt4.length).toBeGreaterThan(0);
    expect(only4o.length).toBeGreaterThan(0);
    const whole = await foundTitles(page, '"GPT-4"');
    expect(whole).toEqual(expect.arrayContaining(titles(gpt4)));
    for (const title of titles(only4o)) expect(whole).not.toContain(title);
    // Not in quotes, a word finds the words it begins, as ever: GPT-4o begins with GPT-4.
    expect(await foundTitles(page, 'GPT-4')).toEqual(expect.arrayContaining([...whole, ...titles(gpt4o)]));
    // GPT-4o is two words of two letters or digits, GPT and 4o, which find it.
    expect(await foundTitles(page, '"GPT-4o"')).toEqual(expect.arrayContaining(titles(gpt4o)));
    // Real papers write 2-D and 3D: each spelling finds the other's.
    for (const digit of ['2', '3']) {
      const either = PAPERS.filter((paper) =>
        new RegExp(`(?<![\\p{L}\\p{N}])${digit}-?D(?![\\p{L}\\p{N}])`, 'u').test(indexedText(paper)),
      );
      expect(either.length, `papers with ${digit}-D or ${digit}D`).toBeGreaterThan(0);
      const found = await foundTitles(page, `"${digit}D"`);
      expect(found).toEqual(expect.arrayContaining(titles(either)));
      expect(await foundTitles(page, `"${digit}-D"`)).toEqual(found);
    }
  });

  test('a word written together still finds the papers that hyphenate it: pretrained finds pre-trained', async ({
    page,
  }) => {
    const hyphenated = PAPERS.filter(
      (paper) => /\bpre-trained\b/i.test(indexedText(paper)) && !/\bpretrained\b/i.test(indexedText(paper)),
    );
    expect(hyphenated.length).toBeGreaterThan(0);
    for (const query of ['pretrained', '"pretrained"']) {
      expect(await foundTitles(page, query), query).toEqual(expect.arrayContaining(titles(hyphenated)));
    }
  });

  test('a year finds papers by their text, never by their dates, which their results still show', async ({ page }) => {
    // The year most papers were first listed in: every one of them has it, as a date for its result.
    const listed = mostCommon(PAPERS, (paper) => [paper.firstListed.slice(0, 4)]);
    const asWord = PAPERS.filter((paper) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${listed.value}`, 'u').test(searchedText(paper)),
    );
    const found = await foundTitles(page, listed.value);
    expect(found).toEqual(expect.arrayContaining(titles(asWord)));
    const holding = PAPERS.filter((paper) => searchedText(paper).includes(listed.value));
    expect(titles(holding)).toEqual(expect.arrayContaining(found));
    expect(found.length).toBeLessThan(listed.papers.length);

    // What a result shows of its dates and counts is there, without a digit the index could take a word from.
    const [hit] = await pagefindSearch(page, PHRASE);
    expect(hit?.meta.published).toBe(PHRASE_PAPER.published);
    expect(hit?.meta.listed).toBe(PHRASE_PAPER.firstListed);
    expect(hit?.meta.comments).toBe(String(PHRASE_PAPER.comments));
    for (const key of ['published', 'listed', 'comments']) expect(hit?.rawMeta[key], key).not.toMatch(/[\p{L}\p{N}]/u);
  });

  test('a count that no paper’s text holds finds no paper, though papers have that many comments or upvotes', async ({
    page,
  }) => {
    // Not even as the start of a word: a dash between digits joins them into one.
    const count = PAPERS.flatMap((paper) => [paper.comments, paper.upvotes ?? 0])
      .map(String)
      .find(
        (value) => value.length > 1 && !PAPERS.some((paper) => searchedText(paper).replace(/-/g, '').includes(value)),
      );
    test.skip(count === undefined, 'every count of two digits or more in content/papers is in some paper’s text');
    await page.goto(at(`search/?q=${count ?? ''}`));
    await settled(page);
    await expect(searchPage(page).status).toHaveText(
      `No paper contains “${count ?? ''}”. Check the spelling, or try other words.`,
    );
  });

  test('an arXiv id finds its paper, however it is written', async ({ page }) => {
    const paper = PAPERS.find((candidate) => /^\d{4}\.\d{4,5}$/.test(candidate.arxiv ?? ''));
    if (paper?.arxiv === undefined) throw new Error('expected a paper with a new-style arXiv id in content/papers');
    const ui = searchPage(page);
    for (const written of [
      paper.arxiv,
      `arXiv:${paper.arxiv}v2`,
      `arXiv ${paper.arxiv}`,
      `https://arxiv.org/abs/${paper.arxiv}`,
    ]) {
      await page.goto(at(`search/?q=${encodeURIComponent(written)}`));
      await settled(page);
      await expect(ui.titles, written).toHaveText([paper.title]);
      await expect(ui.results.getByText(`arXiv ${paper.arxiv}`, { exact: true })).toBeVisible();
    }
  });
});

test.describe('filters that follow the search', () => {
  test('each choice counts the results of the search it would narrow, and one with none is disabled', async ({
    page,
  }) => {
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    const ui = searchPage(page);
    await settled(page);
    const topics = (await ui.select('Topic').getByRole('option').all()).slice(1);
    // Until the reader turns to the filters, a search's choices show no count rather than the archive's.
    const first = topics[0];
    await expect(first ?? ui.select('Topic')).toHaveText((await first?.getAttribute('data-label')) ?? '');
    await ui.select('Topic').focus();
    let none = 0;
    for (const option of topics) {
      const id = (await option.getAttribute('value')) ?? '';
      const label = (await option.getAttribute('data-label')) ?? '';
      const count = (await pagefindSearch(page, COMMON_WORD, { filters: { topic: id } })).length;
      await expect(option).toHaveText(`${label} (${papersPhrase(count)})`);
      if (count === 0) {
        none += 1;
        await expect(option).toBeDisabled();
      } else await expect(option).toBeEnabled();
    }
    expect(none, 'some topic has no paper with the word').toBeGreaterThan(0);

    // A choice's count is what choosing it gives.
    const topic = mostCommon(PAPERS, (paper) => paper.topicIds);
    const offered = ui.select('Topic').locator(`option[value="${topic.value}"]`);
    const stated = Number(/\((\d+) papers?\)$/.exec((await offered.textContent()) ?? '')?.[1]);
    expect(stated).toBeLessThan(topic.papers.length);
    await ui.select('Topic').selectOption(topic.value);
    await settled(page);
    await expect(ui.status).toHaveText(`${papersPhrase(stated)} match “${COMMON_WORD}”.`);
    // The topic's own choices still count as if another topic were chosen instead.
    await expect(offered).toHaveText(new RegExp(`\\(${papersPhrase(stated)}\\)$`));
  });

  test('a link from a listing names the organisation by its id, and the choice shows its name', async ({ page }) => {
    const organisation = mostCommon(PAPERS, (paper) =>
      paper.organisationId === undefined ? [] : [paper.organisationId],
    );
    const name = organisation.papers[0]?.organisation ?? '';
    await page.goto(at(`search/?organisation=${encodeURIComponent(organisation.value)}`));
    const ui = searchPage(page);
    await settled(page);
    await expect(ui.select('Organisation')).toHaveValue(organisation.value);
    const chosen = ui.select('Organisation').locator('option:checked');
    await expect(chosen).toHaveAttribute('data-label', name);
    expect((await chosen.textContent())?.startsWith(name)).toBe(true);
    expect((await allTitles(page)).sort()).toEqual(organisation.papers.map((paper) => paper.title).sort());
  });

  test('sorting by listing date orders by the first digest that listed each paper', async ({ page }) => {
    await page.goto(at(''));
    const hits = await pagefindSearch(page, null, { sort: { listed: 'desc' } });
    expect(hits).toHaveLength(PAPERS.length);
    const firstListed = new Map(PAPERS.map((paper) => [paper.slug, paper.firstListed]));
    const dates = hits.map((hit) => hit.meta.listed ?? '');
    expect(dates).toEqual(hits.map((hit) => firstListed.get(slugOf(hit.url))));
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

test.describe('while a search runs', () => {
  test('the results shown stay, dimmed and busy, until the new ones arrive with their count', async ({ page }) => {
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    const ui = searchPage(page);
    await settled(page);
    const before = await ui.titles.allTextContents();
    const status = await ui.status.textContent();
    expect(before).not.toContain(PHRASE_PAPER.title);

    // The next search's results wait for their data, held back here.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(`**${at('pagefind/fragment/')}*`, async (route) => {
      await held;
      await route.continue();
    });
    await ui.query.fill(PHRASE);
    await expect(ui.status).toHaveText('Searching…');
    await expect(ui.results).toHaveAttribute('aria-busy', 'true');
    await expect(ui.titles).toHaveText(before);
    await expect(ui.results).toHaveCSS('opacity', '0.5');
    expect(status).not.toBe('Searching…');

    release();
    await settled(page);
    await expect(ui.titles.first()).toHaveText(PHRASE_PAPER.title);
    await expect(ui.status).toHaveText(/^\d+ papers? match(es)? “real-time feature extraction on a mobile robot”\.$/);
    await expect(ui.results).toHaveCSS('opacity', '1');
  });
});

test.describe('without JavaScript', () => {
  test('the search page says search needs JavaScript and offers the listings instead', async ({ browser }) => {
    // A context of its own: the page fixture's policy watch is a script, and Chromium shows no <noscript>
    // content on a page that runs one.
    const context = await browser.newContext({
      javaScriptEnabled: false,
      baseURL: test.info().project.use.baseURL ?? '',
    });
    const page = await context.newPage();
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    // Playwright's text and role locators leave <noscript> out even when the browser shows it: found by class.
    const fallback = page.locator('.search-off');
    await expect(fallback).toBeVisible();
    await expect(fallback).toContainText('Search needs JavaScript, which is off in this browser');
    const listings = fallback.locator('a');
    await expect(listings).toHaveText([
      'by topic',
      'by day listed',
      'by week listed',
      'by month listed',
      'by date published',
      'by author',
      'by organisation',
      'by code repository',
    ]);
    for (const href of await listings.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))) {
      expect(href.startsWith(BASE), href).toBe(true);
      expect((await page.request.get(href)).status(), href).toBe(200);
    }
    await expect(searchPage(page).status).toHaveText('');
    await context.close();
  });

  test('the fallback passes axe, in light and dark', async ({ page }) => {
    // axe runs as a script: the page is served with its <noscript> content as plain markup and without its scripts.
    await page.route(at('search/'), async (route) => {
      const response = await route.fetch();
      const html = (await response.text())
        .replace(/<noscript>([\s\S]*?)<\/noscript>/, '$1')
        .replace(/<script type="module"[^>]*><\/script>/g, '');
      await route.fulfill({ response, body: html });
    });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(at('search/'));
      await expect(page.locator('.search-off')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    }
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
    await expect(ui.status).toHaveText('No paper contains “zyxwvutsrq”. Check the spelling, or try other words.');
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
      `“${punctuation}” has no letters or digits, so only the filters apply. ${papersPhrase(code.length)} match the filters, published newest first.`,
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

  test('the page passes axe with results shown, and narrowed by a link, in light and dark', async ({ page }) => {
    const axe = (): AxeBuilder => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    const list = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] =>
      violations.map((violation) => `${violation.id}: ${violation.help}`);
    const day = mostCommon(PAPERS, (paper) => paper.listedIn).value;
    for (const path of [`search/?q=${COMMON_WORD}`, `search/?q=${COMMON_WORD}&listed-day=${day}`]) {
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(at(path));
      await settled(page);
      expect(list((await axe().analyze()).violations), path).toEqual([]);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(list((await axe().withRules(['color-contrast']).analyze()).violations), path).toEqual([]);
    }
    await expect(searchPage(page).scopes).toBeVisible();
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

  test('a first search fetches Pagefind’s code and the index it needs, no ready-made interface, and no filter file until the filters are used', async ({
    page,
  }) => {
    const fetched: string[] = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.startsWith(at('pagefind/'))) fetched.push(path.slice(at('pagefind/').length));
    });
    await page.goto(at(`search/?q=${COMMON_WORD}`));
    await settled(page);
    await expect(searchPage(page).titles.first()).toBeVisible();
    // Waited for by name: Playwright's networkidle fires at the page's first quiet moment and never waits again,
    // and on a busy machine the page may go quiet before the search has fetched all it needs.
    await expect
      .poll(() => fetched)
      .toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json', 'wasm.en.pagefind']));
    expect(fetched.filter((file) => file.startsWith('filter/'))).toEqual([]);
    // Turning to the filters loads Pagefind's filter index, to count the choices.
    await searchPage(page).select('Code').focus();
    await expect.poll(() => fetched.filter((file) => file.startsWith('filter/')).length).toBeGreaterThan(0);
    const unexpected = fetched.filter(
      (file) =>
        !/^(?:pagefind\.js|pagefind-worker\.js|pagefind-entry\.json|pagefind\.en_\w+\.pf_meta|wasm\.en\.pagefind|(?:index|filter|fragment)\/en_\w+\.pf_(?:index|filter|fragment))$/.test(
          file,
        ),
    );
    expect(unexpected).toEqual([]);
    expect(fetched.filter((file) => file.startsWith('fragment/')).length).toBeLessThanOrEqual(20);
    // What the page fetches ahead of Pagefind is what Pagefind then asks for (from the cache).
    const ahead = await page
      .locator('link[rel="modulepreload"], link[rel="prefetch"]')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(ahead).toEqual([
      at('pagefind/pagefind.js'),
      at('pagefind/pagefind-worker.js'),
      at('pagefind/wasm.en.pagefind'),
    ]);
    for (const file of ['pagefind-worker.js', 'wasm.en.pagefind']) {
      await expect
        .poll(() => fetched.filter((name) => name === file).length, `${file}: prefetched, then fetched`)
        .toBe(2);
    }
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
