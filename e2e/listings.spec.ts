// The reader's morning (issue 16): the home page opens on the latest day; days, weeks and months of what was listed,
// each led on to the next at its top and its bottom; the two dates named; listings that lead into search with their
// filter set; the data page and the feeds of what was listed.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { formatBytes, formatDate, formatDateRange, formatMonth, plural } from '../src/lib/format.ts';
import { isoWeek } from '../src/lib/iso-week.ts';
import { archivePapers, type PaperFacts } from './archive-facts.ts';
import { allTitles, searchPage } from './search-page.ts';
import { at, realDigests, titleKey } from './site.ts';

// The tests are independent: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

const PAPERS = archivePapers();
const byListedTitle = new Map(PAPERS.map((paper) => [titleKey(paper.listedTitle), paper]));
/** The digests, latest first, as the site lists them. */
const DIGESTS = realDigests().sort((a, b) => (a.date < b.date ? 1 : -1));

/** A paper as one digest listed it. */
interface Listed {
  paper: PaperFacts;
  comments: number;
  upvotes: number | undefined;
}

/** A digest's papers in its own order, each once, with the counts that digest showed. */
function listedOn(date: string): Listed[] {
  const keys = [...new Set(DIGESTS.find((digest) => digest.date === date)?.keys)];
  return keys.map((key) => {
    const paper = byListedTitle.get(key);
    const appearance = paper?.appearances.find((candidate) => candidate.digest === date);
    if (!paper || !appearance) throw new Error(`no paper listed on ${date} as "${key}"`);
    return { paper, comments: appearance.comments, upvotes: appearance.upvotes };
  });
}

/** The site's ranking, written out: upvotes shown first, most first, then comments, then as listed. */
function ranked(entries: readonly Listed[]): string[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (a, b) =>
        (b.entry.upvotes ?? -1) - (a.entry.upvotes ?? -1) || b.entry.comments - a.entry.comments || a.index - b.index,
    )
    .map(({ entry }) => entry.paper.title);
}

/** Where an element's top is on the page, in CSS pixels. */
async function top(locator: Locator): Promise<number> {
  return (await locator.boundingBox())?.y ?? Number.NaN;
}

/** How many presses of Tab, from a freshly loaded page, move the focus onto `target`. */
async function tabStopsTo(page: Page, target: Locator, limit = 60): Promise<number> {
  const handle = await target.elementHandle();
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((element) => document.activeElement === element, handle)) return presses;
  }
  return Number.POSITIVE_INFINITY;
}

const [LATEST] = DIGESTS;

test.describe('the home page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('opens on the latest day: its first paper in the first screen, the first link after the header', async ({
    page,
  }) => {
    await page.goto(at(''));
    const day = page.getByRole('region', { name: new RegExp(`^Listed on ${formatDate(LATEST?.date ?? '')}`) });
    const first = day.getByRole('heading', { level: 3 }).first();
    const box = await first.boundingBox();
    // It was below the browse cards, past the first screen (BENCHMARKS.md has the figures before and after).
    expect((box?.y ?? Infinity) + (box?.height ?? 0)).toBeLessThanOrEqual(844);

    // Only the skip link and the header's stops come before it.
    const headerStops = await page
      .getByRole('banner')
      .locator('a, input, button')
      .evaluateAll((elements) => elements.filter((element) => (element as HTMLElement).offsetParent !== null).length);
    const stops = await tabStopsTo(page, first.getByRole('link'));
    expect(stops).toBe(headerStops + 2);
    test.info().annotations.push({
      type: 'measured',
      description: `first paper at ${String(Math.round(box?.y ?? 0))} px, ${String(stops)} Tab stops (skip link and header included)`,
    });

    // From the skip link, it is the next stop.
    await page.goto(at(''));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(first.getByRole('link')).toBeFocused();
  });

  test('shows the whole day, ranked, each paper in a few lines, and the ways in after it', async ({ page }) => {
    const day = listedOn(LATEST?.date ?? '');
    await page.goto(at(''));
    const region = page.getByRole('region', { name: /^Listed on/ });
    await expect(region.getByRole('heading', { level: 3 })).toHaveText(ranked(day));
    const entries = region.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    // Title, a line or two of facts and two lines of the abstract: no topics, no links but the title.
    const heights = await entries.evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
    const median = [...heights].sort((a, b) => a - b)[Math.floor(heights.length / 2)] ?? Infinity;
    expect(median).toBeLessThan(200);
    await expect(entries.first().getByRole('link')).toHaveCount(1);
    const browse = page.getByRole('heading', { name: 'Browse the archive' });
    expect(await top(browse)).toBeGreaterThan(await top(entries.last()));
  });
});

test.describe('the home page', () => {
  test('leads from the latest day to its page, its week, its month and the day before', async ({ page }) => {
    const date = LATEST?.date ?? '';
    const week = isoWeek(date);
    await page.goto(at(''));
    const region = page.getByRole('region', { name: /^Listed on/ });
    await expect(region.getByRole('link', { name: 'This day’s page' })).toHaveAttribute('href', at(`digests/${date}/`));
    await expect(
      region.getByRole('link', { name: `The week of ${formatDateRange(week.monday, week.sunday)}` }),
    ).toHaveAttribute('href', at(`weeks/${week.id}/`));
    await expect(region.getByRole('link', { name: formatMonth(date.slice(0, 4), date.slice(5, 7)) })).toHaveAttribute(
      'href',
      at(`months/${date.slice(0, 7)}/`),
    );
    const before = DIGESTS[1]?.date ?? '';
    await expect(
      region.getByRole('navigation', { name: 'Other days' }).getByRole('link', {
        name: `← Previous day: ${formatDate(before)}`,
      }),
    ).toHaveAttribute('href', at(`digests/${before}/`));
  });
});

/** The two navigations of a period's page, above and below its list, and the list's last paper. */
function aroundOf(page: Page, kind: 'days' | 'weeks' | 'months'): { above: Locator; below: Locator } {
  return {
    above: page.getByRole('navigation', { name: `Other ${kind}`, exact: true }),
    below: page.getByRole('navigation', { name: `Other ${kind}, after the list` }),
  };
}

test.describe('a day listed', () => {
  test('shows the whole digest on one page, ranked, with the days around it above and below the list', async ({
    page,
  }) => {
    const date = '2026-03-03';
    const day = listedOn(date);
    await page.goto(at(`digests/${date}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers listed on Mar 3, 2026');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(ranked(day));
    await expect(page.getByRole('navigation', { name: 'Pages' })).toHaveCount(0);

    const { above, below } = aroundOf(page, 'days');
    for (const around of [above, below]) {
      await expect(around.getByRole('link')).toHaveText(['← Previous day: Feb 16, 2026', 'Next day: Apr 20, 2026 →']);
      await expect(around.getByRole('link', { name: /Previous day/ })).toHaveAttribute(
        'href',
        at('digests/2026-02-16/'),
      );
      await expect(around.getByRole('link', { name: /Next day/ })).toHaveAttribute('href', at('digests/2026-04-20/'));
    }
    const titles = page.getByRole('heading', { level: 2 });
    expect(await top(above)).toBeLessThan(await top(titles.first()));
    expect(await top(below)).toBeGreaterThan(await top(titles.last()));

    await below.getByRole('link', { name: /Next day/ }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers listed on Apr 20, 2026');
  });

  test('names the week and the month it was listed in', async ({ page }) => {
    await page.goto(at('digests/2026-03-03/'));
    await expect(page.getByRole('main').getByRole('link', { name: 'week of Mar 2–8, 2026' })).toHaveAttribute(
      'href',
      at('weeks/2026-W10/'),
    );
    await expect(page.getByRole('main').getByRole('link', { name: 'March 2026', exact: true })).toHaveAttribute(
      'href',
      at('months/2026-03/'),
    );
  });

  test('a page from when a day had pages leads to the whole day', async ({ page }) => {
    const date = LATEST?.date ?? '';
    await page.goto(at(`digests/${date}/page/2/`));
    await expect(page).toHaveURL(new RegExp(`${at(`digests/${date}/`)}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Papers listed on ${formatDate(date)}`);
  });

  test('every page a day had, at twenty papers a page, is a redirect to the day, kept out of the sitemap', async ({
    request,
  }) => {
    for (const { date } of DIGESTS) {
      const pages = Math.ceil(listedOn(date).length / 20);
      const day = at(`digests/${date}/`);
      for (let number = 2; number <= pages; number++) {
        const html = await (await request.get(at(`digests/${date}/page/${number}/`))).text();
        expect(html, `page ${number} of ${date}`).toContain(`<meta http-equiv="refresh" content="0;url=${day}">`);
        expect(html).toContain('<meta name="robots" content="noindex">');
        const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1] ?? '';
        expect(new URL(canonical).pathname).toBe(day);
      }
      // A day had no page after its last.
      expect((await request.get(at(`digests/${date}/page/${pages + 1}/`))).status()).toBe(404);
    }
    const sitemap = await (await request.get(at('sitemap-0.xml'))).text();
    expect(sitemap).toContain(`/digests/${LATEST?.date ?? ''}/</loc>`);
    expect(sitemap).not.toMatch(/\/digests\/[^/<]+\/page\//);
  });
});

test.describe('weeks and months listed', () => {
  /** Every week that has a digest, latest first, by the digests' dates. */
  const weeks = [...new Map(DIGESTS.map((digest) => [isoWeek(digest.date).id, isoWeek(digest.date)])).values()];

  test('list every week with a digest, latest first', async ({ page }) => {
    await page.goto(at('weeks/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers by week listed');
    await expect(page.getByRole('main').locator('.cards > li > a')).toHaveText(
      weeks.map((week) => formatDateRange(week.monday, week.sunday)),
    );
  });

  test('a week shows its papers ranked, with the weeks around it above and below', async ({ page }) => {
    const week = isoWeek('2026-03-03');
    await page.goto(at(`weeks/${week.id}/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers listed in the week of Mar 2–8, 2026');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(ranked(listedOn('2026-03-03')).slice(0, 20));
    const { above, below } = aroundOf(page, 'weeks');
    for (const around of [above, below]) {
      await expect(around.getByRole('link')).toHaveText([
        '← Previous week: Feb 16–22, 2026',
        'Next week: Apr 20–26, 2026 →',
      ]);
    }
    // The pages of the week's list are named as pages, never as weeks.
    await expect(
      page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }),
    ).toHaveAttribute('href', at(`weeks/${week.id}/page/2/`));
    await below.getByRole('link', { name: /Previous week/ }).click();
    await expect(page).toHaveURL(new RegExp(`${at('weeks/2026-W08/')}$`));
  });

  test('a month shows its papers over pages, each page with the months around it above and below', async ({ page }) => {
    const date = LATEST?.date ?? '';
    const month = date.slice(0, 7);
    const day = ranked(listedOn(date));
    // The latest month holds more than one page (120 papers on Oct 2, 2026 when this was written).
    expect(day.length).toBeGreaterThan(20);
    await page.goto(at(`months/${month}/page/2/`));
    const name = formatMonth(month.slice(0, 4), month.slice(5, 7));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Papers listed in ${name}`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(day.slice(20, 40));
    await expect(page.getByRole('main').locator('ol.papers')).toHaveAttribute('start', '21');
    const { above, below } = aroundOf(page, 'months');
    for (const around of [above, below]) {
      await expect(around.getByRole('link')).toHaveText(['← Previous month: April 2026']);
    }
    await expect(
      page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Previous page' }),
    ).toHaveAttribute('href', at(`months/${month}/`));
  });

  test('the month listed and the month published lead to each other', async ({ page }) => {
    await page.goto(at('months/2026-03/'));
    await page.getByRole('main').getByRole('link', { name: 'published in March 2026' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers published in March 2026');
    await page.getByRole('main').getByRole('link', { name: 'listed in March 2026' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers listed in March 2026');
  });
});

test.describe('the two dates', () => {
  test('a paper page names the date published and the date first listed', async ({ page }) => {
    await page.goto(at('papers/unveiling-and-harnessing-hidden-attention-sinks-enhancing-large-language-models/'));
    const facts = page.getByRole('main').locator('.meta');
    await expect(facts).toContainText('Published Jun 22, 2024');
    await expect(facts).toContainText('First listed Feb 16, 2026');
  });

  test('a listing names both, and a day’s or week’s listing gives the day it was listed there', async ({ page }) => {
    await page.goto(at('topics/architectures/'));
    const entry = page.getByRole('main').locator('.papers > li').first();
    await expect(entry.locator('.meta')).toContainText(/Published \w{3} \d{1,2}, \d{4}/);
    await expect(entry.locator('.meta')).toContainText(/Listed \w{3} \d{1,2}, \d{4}/);

    await page.goto(at('weeks/2026-W10/'));
    await expect(page.getByRole('main').locator('.papers .meta').first()).toContainText('Listed Mar 3, 2026');
    // The day's own page leaves it out: the page is that day.
    await page.goto(at('digests/2026-03-03/'));
    await expect(page.getByRole('main').locator('.papers .meta').first()).toContainText('Published');
    await expect(page.getByRole('main').locator('.papers .meta')).not.toContainText(['Listed']);
  });

  test('the header names the listings by day listed and by date published', async ({ page }) => {
    await page.goto(at('topics/'));
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Listed' })).toHaveAttribute('href', at('digests/'));
    await expect(nav.getByRole('link', { name: 'Published' })).toHaveAttribute('href', at('dates/'));
    await nav.getByRole('link', { name: 'Published' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers by date published');
  });
});

test.describe('listings lead into search', () => {
  /** The listing's links into search, by their names. */
  async function searchLinks(page: Page): Promise<Map<string, string>> {
    const links = page.getByRole('navigation', { name: 'Narrow in search' }).getByRole('link');
    const found = new Map<string, string>();
    for (const link of await links.all())
      found.set((await link.textContent()) ?? '', (await link.getAttribute('href')) ?? '');
    return found;
  }

  test('a topic, with its latest years and its papers with code, by the topic’s id, on every page', async ({
    page,
  }) => {
    const papers = PAPERS.filter((paper) => paper.topics.includes('Model architectures'));
    const latestYear =
      papers
        .flatMap((paper) => paper.year ?? [])
        .sort()
        .at(-1) ?? '';
    for (const path of ['topics/architectures/', 'topics/architectures/page/2/']) {
      await page.goto(at(path));
      const links = await searchLinks(page);
      expect(links.get('all')).toBe(at('search/?topic=architectures'));
      expect(links.get(latestYear)).toBe(at(`search/?topic=architectures&year=${latestYear}`));
      if (papers.some((paper) => paper.hasCode))
        expect(links.get('with code')).toBe(at('search/?topic=architectures&code=yes'));
    }
  });

  test('a listing’s search links find its papers: the search page reads the ids they carry', async ({ page }) => {
    const papers = PAPERS.filter((paper) => paper.topics.includes('Model architectures'));
    const withCode = papers.filter((paper) => paper.hasCode);
    const phrase = (count: number): string => `${plural(count, 'paper')} match the filters, published newest first.`;
    await page.goto(at('topics/architectures/'));
    const links = await searchLinks(page);
    for (const [label, count] of [
      ['all', papers.length],
      ['with code', withCode.length],
    ] as const) {
      const href = links.get(label);
      if (href === undefined || count === 0) continue;
      await page.goto(href);
      const status = page.getByRole('main').getByRole('status');
      await expect(status).toHaveText(phrase(count));
    }
  });

  test('an organisation, a repository owner and a month published, each by its own filter', async ({ page }) => {
    await page.goto(at('orgs/meituan-longcat/'));
    expect((await searchLinks(page)).get('all')).toBe(at('search/?organisation=meituan-longcat'));
    await page.goto(at('repos/github.com/gatech-eic/'));
    expect((await searchLinks(page)).get('all')).toBe(at('search/?owner=github.com%2Fgatech-eic'));
    await page.goto(at('dates/2024/03/'));
    expect((await searchLinks(page)).get('all')).toBe(at('search/?month=2024-03'));
    await page.goto(at('repos/'));
    expect((await searchLinks(page)).get('all')).toBe(at('search/?code=yes'));
  });

  /** Every paper title a listing lists, on all its pages, each once. */
  async function listedTitles(page: Page, path: string): Promise<string[]> {
    const titles = new Set<string>();
    // Each page is opened by its address and read once loaded: reading right after a click raced the navigation,
    // and a last page could be skipped when the old page's titles were read and the new page's missing link seen.
    for (let address: string | null = at(path); address !== null;) {
      await page.goto(address);
      for (const title of await page.getByRole('main').locator('.paper-title').allTextContents())
        titles.add(title.trim());
      const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' });
      address = (await next.count()) === 0 ? null : await next.getAttribute('href');
    }
    return [...titles].sort();
  }

  for (const [kind, path, filter] of [
    ['a day listed', `digests/${DIGESTS[1]?.date ?? ''}/`, `listed-day=${DIGESTS[1]?.date ?? ''}`],
    ['a week listed, over several pages', 'weeks/2026-W40/', 'listed-week=2026-W40'],
    ['a month listed', 'months/2026-04/', 'listed-month=2026-04'],
    ['a month published', 'dates/2024/03/', 'month=2024-03'],
    ['a repository owner', 'repos/github.com/theosourget/', 'owner=github.com%2Ftheosourget'],
  ] as const) {
    test(`${kind}: its search link finds exactly the papers it lists`, async ({ page }) => {
      const listed = await listedTitles(page, path);
      expect(listed.length).toBeGreaterThan(0);
      await page.goto(at(path));
      const href = (await searchLinks(page)).get('all');
      expect(href).toBe(at(`search/?${filter}`));
      await page.goto(href ?? '');
      expect((await allTitles(page)).sort()).toEqual(listed);
      await expect(searchPage(page).status).toHaveText(
        `${plural(listed.length, 'paper')} ${listed.length === 1 ? 'matches' : 'match'} the filters, published newest first.`,
      );
      await expect(searchPage(page).scopes.getByRole('listitem')).toHaveCount(1);
    });
  }
});

test.describe('the data page', () => {
  test('lists each month’s file with its papers and its true size, and the footer links it', async ({
    page,
    request,
  }) => {
    await page.goto(at('topics/'));
    await page.getByRole('contentinfo').getByRole('link', { name: 'Data (JSON)' }).click();
    await expect(page).toHaveURL(new RegExp(`${at('data/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Data and feeds');

    const months = [...new Set(PAPERS.map((paper) => [...paper.listedIn].sort()[0]?.slice(0, 7) ?? ''))]
      .sort()
      .reverse();
    const rows = page.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(months.length + 1);
    const slugs: string[] = [];
    for (const [index, month] of months.entries()) {
      const cells = rows.nth(index + 1).getByRole('cell');
      const name = `papers-${month}.json`;
      await expect(cells.nth(0)).toHaveText(name);
      const response = await request.get(at(`data/${name}`));
      expect(response.headers()['content-type']).toMatch(/json/);
      const body = await response.body();
      await expect(cells.nth(3)).toHaveText(formatBytes(body.length));
      const { papers } = JSON.parse(body.toString('utf8')) as { papers: { slug: string }[] };
      await expect(cells.nth(2)).toHaveText(String(papers.length));
      slugs.push(...papers.map((paper) => paper.slug));
    }
    // Every paper is in exactly one file.
    expect(slugs.sort()).toEqual(PAPERS.map((paper) => paper.slug).sort());

    const index = (await (await request.get(at('data/index.json'))).json()) as {
      papers: number;
      files: { name: string; url: string; papers: number; bytes: number }[];
    };
    expect(index.papers).toBe(PAPERS.length);
    expect(index.files.map((file) => file.name)).toEqual(months.map((month) => `papers-${month}.json`));
    for (const file of index.files) {
      expect(new URL(file.url).pathname).toBe(at(`data/${file.name}`));
      expect((await (await request.get(at(`data/${file.name}`))).body()).length).toBe(file.bytes);
    }
  });
});

test.describe('feeds of what was listed', () => {
  test('one item a day, a week and a month, each dated by its latest day listed and linking its page', async ({
    request,
  }) => {
    const day = await (await request.get(at('digests/rss.xml'))).text();
    expect(day).toContain(`<description>${plural(listedOn(LATEST?.date ?? '').length, 'paper')} listed on`);
    const weeks = [...new Set(DIGESTS.map((digest) => isoWeek(digest.date).id))];
    const months = [...new Set(DIGESTS.map((digest) => digest.date.slice(0, 7)))];
    const date = LATEST?.date ?? '';
    const feeds = [
      {
        path: 'digests/rss.xml',
        items: DIGESTS.length,
        title: `Papers listed on ${formatDate(date)}`,
        page: `digests/${date}/`,
      },
      {
        path: 'weeks/rss.xml',
        items: weeks.length,
        title: 'Papers listed in the week of',
        page: `weeks/${isoWeek(date).id}/`,
      },
      { path: 'months/rss.xml', items: months.length, title: 'Papers listed in', page: `months/${date.slice(0, 7)}/` },
    ];
    for (const feed of feeds) {
      const xml = await (await request.get(at(feed.path))).text();
      expect(xml.match(/<item>/g), feed.path).toHaveLength(Math.min(feed.items, 30));
      const [, title = '', link = '', description = ''] =
        /<item><title>([^<]*)<\/title><link>([^<]+)<\/link><guid[^>]*>[^<]*<\/guid><description>([^<]*)<\/description>/.exec(
          xml,
        ) ?? [];
      expect(title).toContain(feed.title);
      expect(new URL(link).pathname).toBe(at(feed.page));
      expect(description).toMatch(/^[\d,]+ papers? listed .*; dated by the latest day listed\. 1\. /);
      expect(/<item>.*?<pubDate>([^<]+)<\/pubDate>/.exec(xml)?.[1]).toBe(new Date(`${date}T00:00:00Z`).toUTCString());
    }
  });

  test('the latest papers feed says an item’s date is the day it was listed', async ({ request }) => {
    const xml = await (await request.get(at('rss.xml'))).text();
    expect(/<item>.*?<description>([^<]*)<\/description>/.exec(xml)?.[1]).toMatch(
      /^Listed \w{3} \d{1,2}, \d{4}; (published \w{3} \d{1,2}, \d{4}|no published date)\. /,
    );
  });
});
