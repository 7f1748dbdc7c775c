import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { bibtexEntry } from '../src/lib/citation.ts';
import { archivePapers, type PaperFacts } from './archive-facts.ts';
import { at } from './site.ts';
import { expect, test } from './strict-page.ts';

// The tests are independent: spread them over the workers. Each fails on a policy violation or script error.
test.describe.configure({ mode: 'parallel' });

const PAPERS = archivePapers();
/** A paper with an arXiv id, whichever the content has first: ids arrive with the listings that give them. */
const CITED = PAPERS.flatMap(({ arxiv, ...paper }) => (arxiv === undefined ? [] : [{ ...paper, arxiv }]))[0];
const UNCITED = PAPERS.find((paper) => paper.arxiv === undefined);

/** `value`, or the test skipped when the content has no such paper. */
function present<T>(value: T | undefined, reason: string): T {
  test.skip(value === undefined, reason);
  // Not reached when skipped: skipping ends the test.
  if (value === undefined) throw new Error(reason);
  return value;
}

/** A paper with an id. */
type CitedPaper = Omit<PaperFacts, 'arxiv'> & { arxiv: string };

/** The paper page of `paper` and its BibTeX entry, as the citation module writes it. */
function cited(paper: CitedPaper): { path: string; entry: string } {
  return {
    path: at(`papers/${paper.slug}/`),
    entry: bibtexEntry({ arxiv: paper.arxiv, title: paper.title, published: paper.published }),
  };
}

/** The paper with an id, or the test skipped when the content has none. */
function citedPaper(): CitedPaper {
  return present(CITED, 'no paper in content/papers has an arXiv id');
}

function citeSection(page: Page): Locator {
  return page.getByRole('main').getByRole('region', { name: 'Cite' });
}

test.describe('a paper with an arXiv id', () => {
  test('links its arXiv abstract page, its PDF and its Hugging Face page, and no title search', async ({ page }) => {
    const paper = citedPaper();
    await page.goto(cited(paper).path);
    const links = page.getByRole('main').getByRole('list', { name: 'The paper' });
    await expect(links.getByRole('link')).toHaveText(['Abstract on arXiv', 'PDF', 'Hugging Face']);
    await expect(links.getByRole('link', { name: 'Abstract on arXiv' })).toHaveAttribute(
      'href',
      `https://arxiv.org/abs/${paper.arxiv}`,
    );
    await expect(links.getByRole('link', { name: 'PDF' })).toHaveAttribute(
      'href',
      `https://arxiv.org/pdf/${paper.arxiv}`,
    );
    await expect(links.getByRole('link', { name: 'Hugging Face' })).toHaveAttribute(
      'href',
      `https://huggingface.co/papers/${paper.arxiv}`,
    );
    await expect(page.getByRole('link', { name: 'Find this paper on arXiv' })).toHaveCount(0);

    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Record<
      string,
      unknown
    >;
    expect(data).toMatchObject({
      identifier: { '@type': 'PropertyValue', propertyID: 'arXiv', value: paper.arxiv },
      sameAs: `https://arxiv.org/abs/${paper.arxiv}`,
    });
  });

  test('gives its BibTeX entry under Cite, with its id and without invented authors', async ({ page }) => {
    const paper = citedPaper();
    const { path, entry } = cited(paper);
    await page.goto(path);
    const cite = citeSection(page);
    await expect(cite.getByRole('heading', { level: 2 })).toHaveText('Cite');
    const shown = (await cite.locator('pre').textContent()) ?? '';
    expect(shown).toBe(entry);
    expect(shown).toContain(`  eprint = {${paper.arxiv}},\n  archivePrefix = {arXiv},\n`);
    expect(shown).toContain(`  url = {https://arxiv.org/abs/${paper.arxiv}},\n`);
    expect(shown).not.toContain('author');
    await expect(cite).toContainText('without authors: the listings named none');
  });

  test('copies the exact entry from the keyboard, says so to screen readers, and stays axe-clean', async ({
    page,
    context,
  }) => {
    const paper = citedPaper();
    const { path, entry } = cited(paper);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(path);
    const cite = citeSection(page);
    const button = cite.getByRole('button', { name: 'Copy BibTeX' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(cite.getByRole('status')).toHaveText('BibTeX entry copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry);

    // A second copy is announced again: the status is emptied and filled anew. It still says the first copy's
    // words, which a check of its text would pass before the second copy ends: what it says from here is recorded.
    const said = await cite.getByRole('status').evaluateHandle((status) => {
      const texts: (string | null)[] = [];
      new MutationObserver(() => texts.push(status.textContent)).observe(status, {
        childList: true,
        characterData: true,
        subtree: true,
      });
      return texts;
    });
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.keyboard.press('Space');
    await expect.poll(() => said.jsonValue()).toEqual(['', 'BibTeX entry copied.']);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(entry);

    const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
  });

  test('selects the entry for the reader to copy when the browser refuses the page the clipboard', async ({ page }) => {
    const paper = citedPaper();
    const { path, entry } = cited(paper);
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () =>
        Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.goto(path);
    const cite = citeSection(page);
    await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
    await expect(cite.getByRole('status')).toHaveText(
      'The browser did not let the page copy. The entry is selected: copy it with your keyboard.',
    );
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(entry);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the entry is there as text, and no button that would do nothing', async ({ page }) => {
    const paper = citedPaper();
    const { path, entry } = cited(paper);
    await page.goto(path);
    const cite = citeSection(page);
    expect(await cite.locator('pre').textContent()).toBe(entry);
    await expect(cite.getByRole('button')).toHaveCount(0);
  });
});

test.describe('a paper without an arXiv id', () => {
  test('keeps the arXiv title search, and has no citation to copy', async ({ page }) => {
    const paper = present(UNCITED, 'every paper in content/papers has an arXiv id');
    await page.goto(at(`papers/${paper.slug}/`));
    const main = page.getByRole('main');
    const search = new URL(
      (await main.getByRole('link', { name: 'Find this paper on arXiv' }).getAttribute('href')) ?? '',
    );
    expect(search.searchParams.get('query')).toBe(paper.title);
    await expect(main.getByRole('list', { name: 'The paper' })).toHaveCount(0);
    await expect(citeSection(page)).toHaveCount(0);
  });
});
