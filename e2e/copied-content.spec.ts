// Defence in depth: papers the content check rejects, built into the site anyway, still cannot run anything.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { isSafeUrl } from '../src/lib/safe-markdown.ts';
import { HOSTILE_PAPERS, HOSTILE_TOPIC, type HostileFile } from '../src/loaders/fixtures/hostile-content.ts';
import { startTags } from './html-tags.ts';
import { BASE } from './site.ts';

const run = promisify(execFile);
const HOSTILE = 'e2e/fixtures/hostile-papers';
/** Rejected by the schema itself, so the build refuses it: tested on its own below. */
const SCHEMA_INVALID = 'frontmatter-link.md';

test.describe('a site built from hostile papers', () => {
  test.skip(BASE !== '/', 'one hostile build is enough; it does not depend on the base path');
  test.describe.configure({ mode: 'serial', timeout: 240_000 });

  let root: string;
  let outDir: string;
  let slugs: string[];

  test.beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'hostile-site-'));
    await cp('content', join(root, 'content'), { recursive: true });
    const names = (await readdir(HOSTILE)).filter((name) => name.endsWith('.md') && name !== SCHEMA_INVALID);
    for (const name of names) await cp(join(HOSTILE, name), join(root, 'content/papers', name));
    slugs = names.map((name) => name.slice(0, -'.md'.length));
    outDir = join(root, 'dist');
    await run('npx', ['astro', 'build', '--outDir', outDir], {
      env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, 'cache'), BASE: '/' },
      maxBuffer: 64 * 1024 * 1024,
    });
  });

  test.afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

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
    // Typography turns the quotes curly; the tags themselves stay visible as text.
    await expect(
      page.getByRole('region', { name: 'Abstract' }).getByText(/<script>alert\(.script-tag.\)<\/script>/),
    ).toBeVisible();
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
