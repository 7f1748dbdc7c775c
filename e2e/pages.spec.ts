import { expect, test } from '@playwright/test';
import { formatCount, formatDate, formatShortMonth, plural } from '../src/lib/format.ts';
import { dashPieces } from '../src/lib/dash-breaks.ts';
import { withoutDigits } from '../src/lib/digitless.ts';
import { archivePapers, archiveTopics, newestFirst } from './archive-facts.ts';
import { at, BASE, realDigests, titleKey } from './site.ts';

// The tests are independent: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

// The content the site was built from: counts and orders are read from it, so they hold as the archive grows.
const PAPERS = archivePapers();
/** The digests, latest first, as the site lists them. */
const DIGESTS = realDigests().sort((a, b) => (a.date < b.date ? 1 : -1));
/** Papers per page on every paginated listing. */
const PAGE_SIZE = 20;

/** A string matched literally inside a regular expression. */
function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// A paper with code, two digests and a known abstract, from content/papers/.
const SINKS = {
  slug: 'unveiling-and-harnessing-hidden-attention-sinks-enhancing-large-language-models',
  title:
    'Unveiling and Harnessing Hidden Attention Sinks: Enhancing Large Language Models without Training through Attention Calibration',
};

test.describe('the home page', () => {
  test('shows the totals, the latest day’s papers, then the ways in', async ({ page }) => {
    const [latest] = DIGESTS;
    const listed = new Set(latest?.keys);
    // The latest digest (the Markdown capture of Oct 2, 2026 when this was written) fills more than one page of a
    // paginated listing: the home page shows it whole.
    expect(listed.size).toBeGreaterThan(PAGE_SIZE);
    await page.goto(at(''));
    await expect(page).toHaveTitle('Paper Archive');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Paper Archive');
    await expect(
      page.getByText(`${formatCount(PAPERS.length)} research papers from ${plural(DIGESTS.length, 'daily digest')}`),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', {
        name: `Listed on ${formatDate(latest?.date ?? '')} ${plural(listed.size, 'paper')}`,
      }),
    ).toBeVisible();

    // Ranked, not in the digest's order: e2e/listings.spec.ts checks the order.
    const titles = await page.getByRole('heading', { level: 3 }).allTextContents();
    expect(new Set(titles.map(titleKey))).toEqual(listed);

    const main = page.getByRole('main');
    const ways: [string, string][] = [
      ['Topics', 'topics/'],
      ['Listed', 'digests/'],
      ['Published', 'dates/'],
      ['Code', 'repos/'],
      ['Organisations', 'orgs/'],
      ['Authors', 'authors/'],
      ['Data and feeds', 'data/'],
    ];
    for (const [name, path] of ways) {
      await expect(main.getByRole('link', { name, exact: true })).toHaveAttribute('href', at(path));
    }
  });
});

test.describe('a paper page', () => {
  test('shows the paper’s facts, abstract, code, topics, digests and related papers', async ({ page }) => {
    await page.goto(at(`papers/${SINKS.slug}/`));
    await expect(page).toHaveTitle(`${SINKS.title} · Paper Archive`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(SINKS.title);
    const main = page.getByRole('main');
    await expect(main.getByText('Jun 22, 2024')).toBeVisible();
    await expect(main.getByText('6 authors')).toBeVisible();
    // What the reader sees: the search index's word breaks are hidden.
    await expect(main.getByRole('region', { name: 'Abstract' })).toContainText(
      'we propose a training-free Attention Calibration Technique (ACT)',
      { useInnerText: true },
    );
    await expect(main.getByRole('link', { name: 'Code: GATECH-EIC/ACT' })).toHaveAttribute(
      'href',
      'https://github.com/GATECH-EIC/ACT',
    );
    await expect(main.getByRole('link', { name: 'Papers with code by GATECH-EIC' })).toHaveAttribute(
      'href',
      at('repos/github.com/gatech-eic/'),
    );

    await expect(page.getByRole('heading', { name: 'Listed in 2 digests' })).toBeVisible();
    await expect(
      main.getByRole('img', { name: 'Comments per digest: 0 on Feb 16, 2026, 0 on Mar 3, 2026' }),
    ).toBeVisible();
    await expect(main.getByRole('link', { name: 'Feb 16, 2026' })).toHaveAttribute('href', at('digests/2026-02-16/'));
    await expect(main.getByRole('link', { name: 'Mar 3, 2026' })).toHaveAttribute('href', at('digests/2026-03-03/'));

    const related = main.getByRole('heading', { name: 'Related papers' }).locator('xpath=following-sibling::ul[1]');
    await expect(related.getByRole('listitem')).toHaveCount(5);

    const arxiv = new URL(
      (await main.getByRole('link', { name: 'Find this paper on arXiv' }).getAttribute('href')) ?? '',
    );
    expect(arxiv.origin + arxiv.pathname).toBe('https://arxiv.org/search/');
    expect(arxiv.searchParams.get('query')).toBe(SINKS.title);
    expect(arxiv.searchParams.get('searchtype')).toBe('title');

    await expect(main.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      new RegExp(`/edit/main/content/papers/${SINKS.slug}\\.md$`),
    );
    await expect(main.getByRole('link', { name: 'contributing guide' })).toHaveAttribute(
      'href',
      /\/blob\/main\/CONTRIBUTING\.md$/,
    );

    await main.getByRole('list', { name: 'Topics' }).getByRole('link', { name: 'Attention mechanisms' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attention mechanisms');
  });

  test('carries its metadata: description, canonical URL, OpenGraph and ScholarlyArticle data', async ({ page }) => {
    await page.goto(at(`papers/${SINKS.slug}/`));
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '').pathname).toBe(at(`papers/${SINKS.slug}/`));
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', SINKS.title);
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(page.locator('meta[name="description"]')).toHaveAttribute(
      'content',
      /^Attention is a fundamental component behind the remarkable achievements of large language models/,
    );
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<
      string,
      unknown
    >;
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ScholarlyArticle',
      headline: SINKS.title,
      datePublished: '2024-06-22',
      keywords: 'Attention mechanisms',
      isBasedOn: [{ '@type': 'SoftwareSourceCode', codeRepository: 'https://github.com/GATECH-EIC/ACT' }],
    });
    expect(new URL(String(data.url)).pathname).toBe(at(`papers/${SINKS.slug}/`));
  });

  test('marks only the paper itself for the search index, with its facets', async ({ page }) => {
    await page.goto(at(`papers/${SINKS.slug}/`));
    const body = page.locator('[data-pagefind-body]');
    await expect(body).toHaveCount(1);
    await expect(body.getByRole('heading', { level: 1 })).toHaveText(SINKS.title);
    await expect(body).toContainText('Attention Calibration Technique');
    await expect(body.getByRole('navigation')).toHaveCount(0);
    await expect(body).not.toContainText('Related papers');
    await expect(page.getByRole('banner')).toHaveAttribute('data-pagefind-ignore', '');
    // Filters hold the ids the site's URLs use; the reader still sees the names.
    await expect(body.locator('[data-pagefind-filter^="topic:"]')).toHaveText(['Attention mechanisms']);
    await expect(body.locator('[data-pagefind-filter="topic:attention-mechanisms"]')).toHaveCount(1);
    // The first digest that listed it: a sort, a filter by year and a date for its result.
    const listed = PAPERS.find((paper) => paper.slug === SINKS.slug)?.firstListed ?? '';
    await expect(body).toHaveAttribute('data-listed', listed);
    await expect(body).toHaveAttribute('data-pagefind-sort', 'listed[data-listed]');
    await expect(body).toHaveAttribute('data-pagefind-filter', 'listed[data-listed-year]');
    await expect(body).toHaveAttribute('data-listed-year', listed.slice(0, 4));
    await expect(body.locator('[data-pagefind-filter="year:2024"]')).toHaveCount(1);
    await expect(body.locator('[data-pagefind-filter="code:yes"]')).toHaveCount(1);
    await expect(body.locator('[data-pagefind-sort="comments:0"]')).toHaveCount(1);
    // What its result shows: the title as written, and dates and counts without digits, which search never finds.
    await expect(body).toHaveAttribute('data-meta-title', SINKS.title);
    await expect(body).toHaveAttribute('data-meta-published', withoutDigits('2024-06-22'));
    await expect(body).toHaveAttribute('data-meta-listed', withoutDigits(listed));
    await expect(body).toHaveAttribute('data-meta-comments', withoutDigits('0'));
    // No listing gave it upvotes: it has no count to sort by or show.
    await expect(body.locator('[data-pagefind-sort^="upvotes"]')).toHaveCount(0);
    await expect(body).not.toHaveAttribute('data-meta-upvotes');
    await expect(body).not.toHaveAttribute('data-pagefind-meta', /upvotes/);
    await expect(body).not.toContainText('upvote');
    await expect(body.locator('time[data-pagefind-sort="published[datetime]"]')).toHaveAttribute(
      'datetime',
      '2024-06-22',
    );
  });

  test('gives the search index a break after each dash that joins two words, which the reader never sees', async ({
    page,
  }) => {
    const paper = PAPERS.find((candidate) => /\bKV-Cache\b/.test(candidate.title));
    if (paper === undefined) throw new Error('expected a paper titled with “KV-Cache” in content/papers');
    await page.goto(at(`papers/${paper.slug}/`));
    const title = page.locator('[data-pagefind-body] h1');
    await expect(title).toHaveText(paper.title, { useInnerText: true });
    // Pagefind reads the HTML, hidden elements too: there, the word ends at the dash.
    expect(await title.textContent()).toContain('KV-~ Cache');
    const breaks = title.locator('span');
    await expect(breaks).not.toHaveCount(0);
    for (const hidden of await breaks.all()) {
      await expect(hidden).toBeHidden();
      await expect(hidden).toHaveAttribute('data-index-break');
      await expect(hidden).toHaveJSProperty('textContent', '~ ');
    }
    // Its result's title is the title as written, and the word written together is still found.
    await expect(page.locator('[data-pagefind-body]')).toHaveAttribute('data-meta-title', paper.title);
    await expect(page.locator('[data-pagefind-body]')).toHaveAttribute('data-meta-joined', /(^| )kvcache( |$)/);
  });

  test('copies a paper’s title and abstract without the index’s breaks, as text and as HTML', async ({
    page,
    context,
  }) => {
    const brokenWord = (text: string): string | undefined =>
      text.split(/\s+/).find((word) => /^[\p{L}\p{N}\p{Pd}]+$/u.test(word) && dashPieces(word).length > 1);
    const paper = PAPERS.find(
      (candidate) => brokenWord(candidate.title) !== undefined && brokenWord(candidate.abstract) !== undefined,
    );
    if (paper === undefined) throw new Error('expected a paper with a hyphenated word in its title and its abstract');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(at(`papers/${paper.slug}/`));
    const body = page.locator('[data-pagefind-body]');
    await expect(body.locator('h1 [data-index-break]')).not.toHaveCount(0);
    await expect(body.locator('.abstract [data-index-break]')).not.toHaveCount(0);
    await page.evaluate(() => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector('[data-pagefind-body] h1') ?? document.body);
      range.setEndAfter(document.querySelector('[data-pagefind-body] .abstract') ?? document.body);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.keyboard.press('ControlOrMeta+C');
    const copied = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      if (item === undefined) throw new Error('nothing was copied');
      const read = async (type: string): Promise<string> => (await item.getType(type)).text();
      return { text: await read('text/plain'), html: await read('text/html') };
    });
    // Chromium writes neither the text nor the markup of an element it does not render: a break pasted into a rich
    // editor would show.
    for (const copy of [copied.text, copied.html]) {
      expect(copy).toContain(brokenWord(paper.title));
      expect(copy).toContain(brokenWord(paper.abstract));
      expect(copy).not.toMatch(/~|data-index-break/);
    }
  });

  test('links a submitting organisation to its page and to its page on Hugging Face', async ({ page }) => {
    await page.goto(at('papers/attention-sink-in-transformers-a-survey-on-utilization-interpretation-and/'));
    const hub = { href: 'https://huggingface.co/meituan-longcat', rel: 'external' };
    const onHub = page.getByRole('main').getByRole('link', { name: 'LongCat on Hugging Face' });
    await expect(onHub).toHaveAttribute('href', hub.href);
    await expect(onHub).toHaveAttribute('rel', hub.rel);
    await page.getByRole('main').getByRole('link', { name: 'LongCat', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${at('orgs/meituan-longcat/')}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('LongCat');
    await expect(page.getByRole('main').getByRole('link', { name: 'LongCat on Hugging Face' })).toHaveAttribute(
      'href',
      hub.href,
    );
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Attention Sink in Transformers: A Survey on Utilization, Interpretation, and Mitigation',
    ]);
  });

  test('says so when a paper has no published date, and lists it with the undated papers', async ({ page }) => {
    await page.goto(at('papers/latent-lens-revealing-highly-interpretable-visual-tokens-in-llms/'));
    await expect(page.getByRole('main').getByText('No published date')).toBeVisible();
    await page.goto(at('dates/'));
    await page.getByRole('link', { name: '1 paper without a published date' }).click();
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'LatentLens: Revealing Highly Interpretable Visual Tokens in LLMs',
    ]);
  });
});

test.describe('topic pages', () => {
  /** The papers of the topic these tests open. */
  const architectures = PAPERS.filter((paper) => paper.topics.includes('Model architectures'));

  test('list every topic with its number of papers', async ({ page }) => {
    await page.goto(at('topics/'));
    const cards = page.getByRole('main').getByRole('listitem');
    await expect(cards).toHaveCount(archiveTopics().length);
    await expect(cards.filter({ hasText: 'Model architectures' })).toContainText(
      `${plural(architectures.length, 'paper')}:`,
    );
  });

  test('show a topic’s text, then its papers newest first over pages, and its feed', async ({ page, request }) => {
    // Model architectures has more than one page of papers (24 when this was written).
    expect(architectures.length).toBeGreaterThan(PAGE_SIZE);
    const pages = Math.ceil(architectures.length / PAGE_SIZE);
    await page.goto(at('topics/architectures/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Model architectures');
    await expect(page.getByText(`${plural(architectures.length, 'paper')}, newest first.`)).toBeVisible();
    await expect(page.getByRole('heading', { level: 3 })).toHaveCount(PAGE_SIZE);
    /** The dates published on the page, in order. */
    const published = (): Promise<string[]> =>
      page
        .getByRole('main')
        .locator('.papers .meta')
        .evaluateAll((facts) => facts.map((fact) => fact.querySelector('time')?.getAttribute('datetime') ?? ''));
    const dates = await published();
    await page.getByRole('navigation', { name: 'Pages' }).getByRole('link', { name: 'Next page' }).click();
    // Its dates are read at once below: the page must be loaded whole, not only have its address.
    await page.waitForURL(new RegExp(`${at('topics/architectures/page/2/')}$`));
    await expect(page).toHaveTitle(`Model architectures, page 2 of ${pages} · Paper Archive`);
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(
      Math.min(architectures.length - PAGE_SIZE, PAGE_SIZE),
    );
    await expect(page.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
    // A later page says which page of the topic it is, and leads back to the topic's text.
    await expect(page.getByText(`This is page 2 of ${pages} of the topic`)).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'its first page' })).toHaveAttribute(
      'href',
      at('topics/architectures/'),
    );
    dates.push(...(await published()));
    expect(dates).toEqual([...dates].sort().reverse());

    const feed = await request.get(at('topics/architectures/rss.xml'));
    expect(feed.ok()).toBe(true);
    const xml = await feed.text();
    expect(xml).toContain('<title>Paper Archive: Model architectures</title>');
    expect(xml.match(/<item>/g)).toHaveLength(Math.min(architectures.length, 50));
  });
});

test.describe('listings', () => {
  test('show a paper’s upvotes where a listing gave some, and no count where none did', async ({ page }) => {
    const upvotes = new Map(archivePapers().map((paper) => [paper.title, paper.upvotes]));
    await page.goto(at('topics/architectures/'));
    const entries = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(entries).toHaveCount(20);
    for (const entry of await entries.all()) {
      const title = (await entry.getByRole('heading', { level: 3 }).textContent()) ?? '';
      const known = upvotes.get(title);
      const facts = entry.locator('.meta');
      if (known === undefined) await expect(facts, title).not.toContainText('upvote');
      else await expect(facts, title).toContainText(plural(known, 'upvote'));
    }
  });
});

test.describe('date pages', () => {
  test('show years with counts and a chart of papers per month', async ({ page }) => {
    const months = PAPERS.flatMap((paper) => paper.published?.slice(0, 7) ?? []).sort();
    const month = (yearMonth = ''): string => formatShortMonth(yearMonth.slice(0, 4), yearMonth.slice(5, 7));
    const of2024 = PAPERS.filter((paper) => paper.year === '2024').length;
    await page.goto(at('dates/'));
    // From the month of the earliest published paper to that of the latest (Mar 2010 to Sep 2026 when this was written).
    await expect(
      page.getByRole('img', {
        name: new RegExp(`^Papers per month of publication, ${month(months[0])} to ${month(months.at(-1))};`),
      }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: `2024 ${plural(of2024, 'paper')}` })).toBeVisible();
  });

  test('show a month’s papers with links to the months around it', async ({ page }) => {
    await page.goto(at('dates/2024/'));
    await page.getByRole('link', { name: 'March', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers published in March 2024');
    // Newest first, and papers of the same day by title (when this was written, two on the 27th, three on the 21st).
    await expect(page.getByRole('heading', { level: 2 })).toHaveText(
      PAPERS.filter((paper) => paper.published?.startsWith('2024-03-'))
        .sort(newestFirst)
        .map((paper) => paper.title),
    );
    const around = page.getByRole('navigation', { name: 'Other months' });
    await expect(around.getByRole('link', { name: '← February 2024' })).toHaveAttribute('href', at('dates/2024/02/'));
    await expect(around.getByRole('link', { name: 'April 2024 →' })).toHaveAttribute('href', at('dates/2024/04/'));
  });
});

test.describe('digest pages', () => {
  test('list each day listed with its number of papers, and lead to the weeks and months', async ({ page }) => {
    await page.goto(at('digests/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Papers by day listed');
    await expect(page.getByRole('main').locator('.cards > li')).toHaveText(
      DIGESTS.map(
        (digest) => new RegExp(`^${formatDate(digest.date)}\\s*${plural(new Set(digest.keys).size, 'paper')}$`),
      ),
    );
    await expect(page.getByRole('link', { name: 'By week listed' })).toHaveAttribute('href', at('weeks/'));
    await expect(page.getByRole('link', { name: 'By month listed' })).toHaveAttribute('href', at('months/'));
  });
});

test.describe('code pages', () => {
  test('group the papers with code by repository owner', async ({ page }) => {
    await page.goto(at('repos/'));
    const withCode = PAPERS.filter((paper) => paper.hasCode).length;
    await expect(page.getByText(`${plural(withCode, 'paper')} name a code repository`)).toBeVisible();
    const owner = page.getByRole('region', { name: 'GATECH-EIC on github.com' });
    await expect(owner.getByRole('link', { name: SINKS.title })).toHaveAttribute('href', at(`papers/${SINKS.slug}/`));
    await expect(owner.getByRole('link', { name: 'ACT', exact: true })).toHaveAttribute(
      'href',
      'https://github.com/GATECH-EIC/ACT',
    );
  });

  test('show an owner’s repositories, each with every paper that names it', async ({ page }) => {
    await page.goto(at('repos/github.com/gatech-eic/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Code by GATECH-EIC on github.com');
    const repo = page.getByRole('region', { name: 'ACT' });
    await expect(repo.getByRole('heading', { level: 2 })).toHaveText('ACT');
    await expect(repo.getByRole('heading', { level: 3 })).toHaveText([SINKS.title]);
  });
});

test.describe('organisation pages', () => {
  test('list every organisation with its number of papers', async ({ page }) => {
    // Each organisation once, named as its newest paper names it, sorted by name without regard to case.
    const orgs = new Map<string, { name: string; count: number }>();
    for (const paper of [...PAPERS].sort(newestFirst)) {
      if (paper.organisationId === undefined || paper.organisation === undefined) continue;
      const org = orgs.get(paper.organisationId) ?? { name: paper.organisation, count: 0 };
      orgs.set(paper.organisationId, { ...org, count: org.count + 1 });
    }
    const expected = [...orgs.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
    // Lower-case names (alibaba-inc) sit among the others, not after them.
    expect(expected.map((org) => org.name)).toContain('alibaba-inc');
    await page.goto(at('orgs/'));
    await expect(page.getByRole('main').getByRole('listitem')).toHaveText(
      expected.map((org) => new RegExp(`^${literally(org.name)}\\s*${plural(org.count, 'paper')}$`)),
    );
  });
});

test.describe('author pages', () => {
  test('list every author the digests name, or say that none names any yet', async ({ page }) => {
    const named = new Set(PAPERS.flatMap((paper) => paper.authorNames));
    await page.goto(at('authors/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Authors');
    const main = page.getByRole('main');
    if (named.size === 0) {
      await expect(main.getByText('No digest has named a paper’s authors yet')).toBeVisible();
      await expect(main.getByRole('list')).toHaveCount(0);
    } else {
      await expect(main.getByText(`${plural(named.size, 'author')} named by the digests`)).toBeVisible();
    }
  });
});

test.describe('the about and 404 pages', () => {
  test('the about page says where the data comes from and how to contribute', async ({ page }) => {
    await page.goto(at('about/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the archive');
    await expect(page.getByRole('heading', { level: 2 })).toHaveText([
      'Two dates',
      'Where the data comes from',
      'Feeds and data',
      'Improving the archive',
    ]);
    // Every paragraph is whole: none starts mid-sentence or stops without its full stop.
    for (const paragraph of await page.getByRole('article').locator('p').allTextContents()) {
      expect(paragraph.trim()).toMatch(/^[A-Z].*[.!?]$/s);
    }
    await expect(page.getByRole('main').getByRole('link', { name: 'data and feeds page' })).toHaveAttribute(
      'href',
      at('data/'),
    );
    await expect(page.getByRole('main').getByRole('link', { name: 'contributing guide' })).toHaveAttribute(
      'href',
      /\/blob\/main\/CONTRIBUTING\.md$/,
    );
  });

  test('an unknown address answers 404 with a way back', async ({ page }) => {
    const response = await page.goto(at('papers/no-such-paper/'));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'Papers by topic' })).toHaveAttribute('href', at('topics/'));
    await expect(page.getByRole('link', { name: 'Papers by day listed' })).toHaveAttribute('href', at('digests/'));
  });
});

test.describe('feeds and data', () => {
  test('the latest papers feed lists the newest listed papers with absolute links', async ({ request }) => {
    const response = await request.get(at('rss.xml'));
    expect(response.headers()['content-type']).toMatch(/xml/);
    const xml = await response.text();
    expect(xml.match(/<item>/g)).toHaveLength(50);
    const link = /<item><title>[^<]*<\/title><link>([^<]+)<\/link>/.exec(xml)?.[1] ?? '';
    expect(new URL(link).pathname).toMatch(new RegExp(`^${at('papers/')}[a-z0-9-]+/$`));
    // The first item entered the archive with the latest digest that brought new papers (Oct 2, 2026 when this was written).
    const newest = PAPERS.map((paper) => [...paper.listedIn].sort()[0] ?? '')
      .sort()
      .at(-1);
    expect(/<item>.*?<pubDate>([^<]+)<\/pubDate>/.exec(xml)?.[1]).toBe(new Date(`${newest}T00:00:00Z`).toUTCString());
  });

  test('papers.json holds every paper’s frontmatter and abstract text', async ({ request }) => {
    const { papers } = (await (await request.get(at('papers.json'))).json()) as {
      papers: { slug: string; url: string; title: string; appearances: unknown[]; repos: string[]; abstract: string }[];
    };
    expect(papers.map((paper) => paper.slug).sort()).toEqual(PAPERS.map((paper) => paper.slug).sort());
    const sinks = papers.find((paper) => paper.slug === SINKS.slug);
    expect(sinks).toMatchObject({
      title: SINKS.title,
      published: '2024-06-22',
      authors: 6,
      appearances: [
        { digest: '2026-02-16', comments: 0 },
        { digest: '2026-03-03', comments: 0 },
      ],
      repos: ['https://github.com/GATECH-EIC/ACT'],
      topics: ['attention-mechanisms'],
    });
    expect(sinks?.abstract).toMatch(
      /^Attention is a fundamental component.*Our code is available at https:\/\/github\.com\/GATECH-EIC\/ACT\.$/,
    );
    expect(new URL(sinks?.url ?? '').pathname).toBe(at(`papers/${SINKS.slug}/`));
  });

  test('the sitemap lists the pages under the base path', async ({ request }) => {
    const index = await (await request.get(at('sitemap-index.xml'))).text();
    const sitemap = /<loc>([^<]+)<\/loc>/.exec(index)?.[1] ?? '';
    expect(new URL(sitemap).pathname).toBe(at('sitemap-0.xml'));
    const pages = await (await request.get(at('sitemap-0.xml'))).text();
    expect(pages).toContain(`${BASE}papers/${SINKS.slug}/</loc>`);
  });
});

test.describe('keyboard use', () => {
  test('the first Tab reaches a skip link that moves past the navigation', async ({ page }) => {
    await page.goto(at('topics/'));
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    const outline = await skip.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').getByRole('link').first()).toBeFocused();
  });
});
