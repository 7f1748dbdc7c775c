// What the committed content cannot show, on one site built from a copy of content/ with what it lacks:
// - a JSON digest that names authors (the daily papers API's answer in src/model/fixtures/), ingested as a
//   contributor's would be, for the author pages, names on paper pages, citations and search by name;
// - hostile papers the content check rejects, built into the site anyway (defence in depth: they still cannot run
//   anything);
// - papers that write a word as no committed paper does (the KV cache with an en dash, as one word, and as one word
//   in capitals), for search.
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import { isSafeUrl } from '../src/lib/safe-markdown.ts';
import { serveStatic, type StaticHost } from '../scripts/shared/static-host.ts';
import { normaliseQuery } from '../src/lib/search-query.ts';
import { HOSTILE_PAPERS, HOSTILE_TOPIC, type HostileFile } from '../src/loaders/fixtures/hostile-content.ts';
import { startTags } from './html-tags.ts';
import { BASE } from './site.ts';

const run = promisify(execFile);
const HOSTILE = 'e2e/fixtures/hostile-papers';
/** Papers that each write the KV cache as no committed paper does: with an en dash, as one word, in capitals. */
const SPELLED = 'e2e/fixtures/spelled-papers';
const EN_DASH = '/papers/a-store-written-with-an-en-dash/';
const ONE_WORD = '/papers/a-store-written-as-one-word/';
const CAPITALS = '/papers/a-store-written-in-capitals/';
/** Committed papers that write KV-Cache hyphenated (in its title and abstract), and KV cache with a space only. */
const HYPHENATED = '/papers/x-kv-cross-layer-svd-for-kv-cache-compression/';
const SPACED = '/papers/kimi-linear-an-expressive-efficient-attention-architecture/';
/** Rejected by the schema itself, so the build refuses it: tested on its own below. */
const SCHEMA_INVALID = 'frontmatter-link.md';
/**
 * The daily papers API's answer for Jan 1, 2025: Titans (three authors, submitted by Google) and the latent
 * diffusion paper (five authors, one of them hidden on the Hub, and a repository with 13,241 stars). Both papers are
 * in the committed text digests too, so ingest adds the names to their files.
 */
const NAMES_DIGEST = 'src/model/fixtures/daily-papers-2025-01-01.json';
const LATENT_DIFFUSION = '/papers/high-resolution-image-synthesis-with-latent-diffusion-models/';
const TITANS = '/papers/titans-learning-to-memorize-at-test-time/';

test.skip(BASE !== '/', 'one extra build is enough; it does not depend on the base path');
test.describe.configure({ mode: 'serial', timeout: 240_000 });

let root: string;
let outDir: string;
let slugs: string[];
let host: StaticHost;

test.beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copied-site-'));
  const content = join(root, 'content');
  const options = {
    env: { ...process.env, CONTENT_DIR: content, ASTRO_CACHE_DIR: join(root, 'cache'), BASE: '/' },
    maxBuffer: 64 * 1024 * 1024,
  };
  await cp('content', content, { recursive: true });
  await cp(NAMES_DIGEST, join(content, 'digests', '2025-01-01.json'));
  const folders = ['--digests', 'digests', '--out', 'papers', '--topics', 'topics'].map((arg) =>
    arg.startsWith('--') ? arg : join(content, arg),
  );
  await run('npm', ['run', '-s', 'ingest', '--', ...folders], options);
  // After ingest, which would refuse them: the build is what is under test.
  const names = (await readdir(HOSTILE)).filter((name) => name.endsWith('.md') && name !== SCHEMA_INVALID);
  for (const name of names) await cp(join(HOSTILE, name), join(content, 'papers', name));
  slugs = names.map((name) => name.slice(0, -'.md'.length));
  await cp(SPELLED, join(content, 'papers'), { recursive: true });
  outDir = join(root, 'dist');
  await run('npx', ['astro', 'build', '--outDir', outDir], options);
  await run('npx', ['node', 'scripts/index-search.ts', '--site', outDir, '--work', join(root, 'index')], options);
  host = await serveStatic(outDir);
});

test.afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** Axe's violations on the open page, in light and then in dark, one line each. */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations: seen } = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    found.push(...seen.map((violation) => `${colorScheme}: ${violation.id} (${violation.nodes.length})`));
  }
  return found;
}

/** The paper pages Pagefind finds for each term, in order of address, asked in the page as the search page asks. */
async function foundPages(page: Page, terms: readonly string[]): Promise<string[][]> {
  await page.goto(`${host.origin}/`);
  return page.evaluate(
    async ({ url, terms }) => {
      const pagefind = (await import(url)) as {
        search: (term: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      };
      const urls: string[][] = [];
      for (const term of terms) {
        const { results } = await pagefind.search(term);
        urls.push((await Promise.all(results.map(async (result) => (await result.data()).url))).sort());
      }
      return urls;
    },
    { url: '/pagefind/pagefind.js', terms },
  );
}

test.describe('a site whose digests name authors', () => {
  test('a paper page names its authors, each linking their page, and says how many are not named', async ({ page }) => {
    await page.goto(`${host.origin}${LATENT_DIFFUSION}`);
    const main = page.getByRole('main');
    const byline = main.getByRole('paragraph').filter({ has: page.getByRole('link', { name: 'Robin Rombach' }) });
    await expect(byline).toHaveText('By Robin Rombach, Andreas Blattmann, Patrick Esser, Björn Ommer and 1 more');
    await expect(main.getByText('5 authors', { exact: true })).toBeVisible();
    await expect(main.getByRole('list', { name: 'Code repositories' }).getByRole('listitem')).toHaveText(
      'Code: CompVis/latent-diffusion 13,241 stars',
    );

    await byline.getByRole('link', { name: 'Björn Ommer' }).click();
    await expect(page).toHaveURL(`${host.origin}/authors/bjoern-ommer/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Björn Ommer');
    const entry = page
      .getByRole('main')
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    await expect(entry.getByRole('heading', { level: 2 })).toHaveText([
      'High-Resolution Image Synthesis with Latent Diffusion Models',
    ]);
    // A listing names the first three authors and counts the others, the hidden one too.
    await expect(entry.locator('.meta')).toContainText('Robin Rombach, Andreas Blattmann, Patrick Esser and 2 more');
    await expect(entry.locator('.meta')).toContainText('13,241 GitHub stars');
  });

  test('the authors page, in the header, lists every named author with their number of papers', async ({ page }) => {
    await page.goto(`${host.origin}/`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Authors' }).click();
    await expect(page).toHaveURL(`${host.origin}/authors/`);
    await expect(page.getByRole('main').getByRole('listitem')).toHaveText(
      [
        'Ali Behrouz',
        'Andreas Blattmann',
        'Björn Ommer',
        'Patrick Esser',
        'Peilin Zhong',
        'Robin Rombach',
        'Vahab Mirrokni',
      ].map((name) => new RegExp(`^${name}\\s*1 paper$`)),
    );
  });

  test('a paper page cites its authors, describes them as people and links its organisation on the Hub', async ({
    page,
  }) => {
    await page.goto(`${host.origin}${TITANS}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('region', { name: 'Cite' }).locator('pre')).toContainText(
      'author = {Ali Behrouz and Peilin Zhong and Vahab Mirrokni},',
    );
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as {
      author: { '@type': string; name: string; url: string }[];
    };
    expect(data.author.map((person) => [person['@type'], person.name, new URL(person.url).pathname])).toEqual([
      ['Person', 'Ali Behrouz', '/authors/ali-behrouz/'],
      ['Person', 'Peilin Zhong', '/authors/peilin-zhong/'],
      ['Person', 'Vahab Mirrokni', '/authors/vahab-mirrokni/'],
    ]);
    const hub = main.getByRole('link', { name: 'Google on Hugging Face' });
    await expect(hub).toHaveAttribute('href', 'https://huggingface.co/google');
    await expect(hub).toHaveAttribute('rel', 'external');

    await page.goto(`${host.origin}${LATENT_DIFFUSION}`);
    await expect(page.getByRole('main').getByRole('region', { name: 'Cite' }).locator('pre')).toContainText(
      'and Bj{\\"o}rn Ommer and others},',
    );
  });

  test('search finds a paper by the name of any of its authors', async ({ page }) => {
    expect(await foundPages(page, ['Rombach', 'Mirrokni', 'Björn Ommer'])).toEqual([
      [LATENT_DIFFUSION],
      [TITANS],
      [LATENT_DIFFUSION],
    ]);
  });

  test('papers.json holds the names and the stars', async ({ request }) => {
    const { papers } = (await (await request.get(`${host.origin}/papers.json`)).json()) as {
      papers: { url: string; authors?: number; author_names?: string[]; github_stars?: number }[];
    };
    const latent = papers.find((paper) => new URL(paper.url).pathname === LATENT_DIFFUSION);
    expect(latent).toMatchObject({
      authors: 5,
      author_names: ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser', 'Björn Ommer'],
      github_stars: 13241,
    });
  });

  test('axe finds no violations on a paper page with names, an author page or the authors page', async ({ page }) => {
    for (const path of [LATENT_DIFFUSION, TITANS, '/authors/bjoern-ommer/', '/authors/']) {
      await page.goto(`${host.origin}${path}`);
      expect(await violations(page), path).toEqual([]);
    }
  });
});

test.describe('a site with a word written every way', () => {
  /** The paper pages Pagefind finds for each query, as the search page asks it. */
  const found = (page: Page, queries: readonly string[]): Promise<string[][]> =>
    foundPages(page, queries.map(normaliseQuery));

  test('KV-cache, KV cache and KV–cache are one, in quotes or not; KVcache is a word of its own', async ({ page }) => {
    const [phrase = [], hyphenated = [], words = [], hyphen = [], together = [], inPhrase = []] = await found(page, [
      '"KV cache"',
      '"KV-cache"',
      'KV cache',
      'KV-cache',
      'KVcache',
      '"KVcache of"',
    ]);
    expect(phrase).toEqual(expect.arrayContaining([EN_DASH, HYPHENATED, SPACED]));
    expect(phrase).not.toContain(ONE_WORD);
    expect(hyphenated).toEqual(phrase);
    expect(hyphen).toEqual(words);
    expect(words).toEqual(expect.arrayContaining(phrase));
    expect(words).not.toContain(ONE_WORD);
    // Written together, the word finds itself, and the papers that break it with a dash of any kind, not a space;
    // in a phrase, only itself.
    expect(together).toEqual(expect.arrayContaining([HYPHENATED, ONE_WORD, EN_DASH, CAPITALS]));
    expect(together).not.toContain(SPACED);
    expect(inPhrase).toEqual([ONE_WORD, CAPITALS].sort());
    // Pagefind finds a word by its capitalised parts, but not in a phrase.
    expect(words).toContain(CAPITALS);
    expect(phrase).not.toContain(CAPITALS);
  });
});

test.describe('a site built from hostile papers', () => {
  test('has no script, handler or script URL from the papers in its HTML', async () => {
    expect(slugs).toHaveLength(7);
    for (const slug of slugs) {
      const html = await readFile(join(outDir, 'papers', slug, 'index.html'), 'utf8');
      const problems: string[] = [];
      for (const tag of startTags(html)) {
        if (tag.name === 'script') {
          const type = tag.attributes.get('type');
          const src = tag.attributes.get('src') ?? '';
          const ours = type === 'application/ld+json' || (type === 'module' && src.startsWith('/_astro/'));
          if (!ours)
            problems.push(`a <script ${[...tag.attributes].map(([name, value]) => `${name}="${value}"`).join(' ')}>`);
          // JSON-LD is data; a title must not be able to end its element early.
          if (type === 'application/ld+json' && /<\/script/i.test(tag.text))
            problems.push('JSON-LD that closes its script element');
        }
        if (['iframe', 'object', 'embed'].includes(tag.name)) problems.push(`an <${tag.name}> element`);
        for (const [name, value] of tag.attributes) {
          if (name.startsWith('on')) problems.push(`a ${name} handler on <${tag.name}>`);
          if (['href', 'src', 'action', 'formaction'].includes(name) && !isSafeUrl(value))
            problems.push(`${name}="${value}" on <${tag.name}>`);
        }
      }
      expect(problems, slug).toEqual([]);
    }
  });

  test('shows hostile markup as text a reader can see', async ({ page }) => {
    await page.goto(pathToFileURL(join(outDir, 'papers', 'script-tag', 'index.html')).href);
    // Typography turns the quotes curly; the tags themselves stay visible as text (as the reader sees it: the search
    // index's word break after the dash in `script-tag` is hidden).
    await expect(page.getByRole('region', { name: 'Abstract' })).toContainText(
      /<script>alert\(.script-tag.\)<\/script>/,
      { useInnerText: true },
    );
  });

  test('runs nothing in a browser: no dialog opens on any hostile page', async ({ page }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const slug of slugs) {
      await page.goto(pathToFileURL(join(outDir, 'papers', slug, 'index.html')).href);
      // Give an image error handler, had one survived, the chance to fire.
      await page.waitForLoadState('load');
      for (const link of await page.getByRole('main').getByRole('link').all()) {
        const href = (await link.getAttribute('href')) ?? '';
        expect(isSafeUrl(href), `${slug}: ${href}`).toBe(true);
      }
    }
    expect(dialogs).toEqual([]);
  });

  test('refuses to build a paper whose frontmatter link is javascript:', async () => {
    await cp(join(HOSTILE, SCHEMA_INVALID), join(root, 'content/papers', SCHEMA_INVALID));
    const build = run('npx', ['astro', 'build', '--outDir', join(root, 'dist-invalid')], {
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, 'cache'), BASE: '/' },
      maxBuffer: 64 * 1024 * 1024,
    });
    await expect(build).rejects.toThrow(/frontmatter-link[\s\S]*links/);
  });
});

test.describe('a build of paper and topic files no reader accepts', () => {
  test.skip(BASE !== '/', 'the content loaders do not depend on the base path');
  test.describe.configure({ mode: 'serial', timeout: 120_000 });

  let root: string;
  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'refused-site-'));
    await cp('content', join(root, 'content'), { recursive: true });
  });
  test.afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  /** What `astro build` prints when it fails on the content copy with `files` added to `folder`. */
  async function failedBuild(folder: string, files: readonly HostileFile[]): Promise<string> {
    for (const { name, text } of files) await writeFile(join(root, 'content', folder, name), text);
    const build = run('npx', ['astro', 'build', '--outDir', join(root, 'dist')], {
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, 'cache'), BASE: '/' },
      maxBuffer: 64 * 1024 * 1024,
    });
    const failure = (await build.then(
      () => undefined,
      (error: unknown) => error,
    )) as { stdout: string; stderr: string } | undefined;
    for (const { name } of files) await rm(join(root, 'content', folder, name));
    expect(failure, 'the build should fail').toBeDefined();
    return `${failure?.stdout ?? ''}${failure?.stderr ?? ''}`;
  }

  test('names every bad paper with its line and what was expected, with no stack trace', async () => {
    const output = await failedBuild('papers', HOSTILE_PAPERS);
    for (const { name, refused } of HOSTILE_PAPERS) {
      expect(output).toContain(`${relative('.', join(root, 'content/papers', name))}${refused}\n`);
    }
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  test('names every bad digest with its line and what was expected, with no stack trace', async () => {
    const output = await failedBuild('digests', [
      { name: '2026-05-01.json', text: '[\n  {"title": tru}\n]\n', refused: '' },
      { name: '2026-05-02.txt', text: 'Daily Papers\n', refused: '' },
    ]);
    const shown = (name: string): string => relative('.', join(root, 'content/digests', name));
    expect(output).toContain(
      `${shown('2026-05-01.json')}:2: is not valid JSON (invalid symbol); expected the daily papers API's answer\n`,
    );
    expect(output).toContain(`${shown('2026-05-02.txt')}:`);
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });

  test('names a topic whose frontmatter nests too deep, with no stack trace', async () => {
    const output = await failedBuild('topics', [HOSTILE_TOPIC]);
    expect(output).toContain(
      `${relative('.', join(root, 'content/topics', HOSTILE_TOPIC.name))}${HOSTILE_TOPIC.refused}`,
    );
    expect(output).not.toMatch(/Stack trace|^\s+at /m);
  });
});
