import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { archivePapers } from './archive-facts.ts';
import { at } from './site.ts';

// The tests are independent: spread them over the workers.
test.describe.configure({ mode: 'parallel' });

/** A paper with an arXiv id (links and a citation), when the content has one. */
const CITED = archivePapers().find((paper) => paper.arxiv !== undefined);

/** One page of each template. */
const TEMPLATES = {
  home: '',
  paper: 'papers/unveiling-and-harnessing-hidden-attention-sinks-enhancing-large-language-models/',
  'paper with organisation and no code':
    'papers/attention-illuminates-llm-reasoning-the-preplan-and-anchor-rhythm-enables-fine/',
  ...(CITED === undefined ? {} : { 'paper with an arXiv id': `papers/${CITED.slug}/` }),
  topics: 'topics/',
  topic: 'topics/architectures/',
  'topic, page 2': 'topics/architectures/page/2/',
  dates: 'dates/',
  year: 'dates/2025/',
  month: 'dates/2024/03/',
  undated: 'dates/undated/',
  digests: 'digests/',
  'day listed': 'digests/2026-03-03/',
  weeks: 'weeks/',
  'week listed': 'weeks/2026-W10/',
  months: 'months/',
  'month listed, page 2': 'months/2026-10/page/2/',
  repos: 'repos/',
  'repository owner': 'repos/github.com/gatech-eic/',
  organisations: 'orgs/',
  organisation: 'orgs/meituan-longcat/',
  // With names in no paper (the committed content so far) it says so; e2e/copied-content.spec.ts checks names.
  authors: 'authors/',
  about: 'about/',
  data: 'data/',
  'not found': 'no-such-page/',
};

/** Each violation as one line: the rule, what it asks, and where. */
function summary(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
  return violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

for (const [name, path] of Object.entries(TEMPLATES)) {
  test(`axe finds no violations on the ${name} page, in light and dark`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(at(path));
    // Only violations are reported in full; passes would be collected node by node for nothing.
    const axe = (): AxeBuilder => new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
    expect(summary((await axe().analyze()).violations)).toEqual([]);
    // The dark scheme changes colours only, so contrast is what there is left to check.
    await page.emulateMedia({ colorScheme: 'dark' });
    const dark = await axe().withRules(['color-contrast']).analyze();
    expect(summary(dark.violations)).toEqual([]);
    expect(dark.passes.length + dark.incomplete.length).toBeGreaterThan(0);
  });
}
