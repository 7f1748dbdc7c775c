import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { indexSite } from './pagefind.ts';

let site = '';

beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), 'paper-archive-pagefind-'));
});

afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

async function page(path: string, body: string): Promise<void> {
  await mkdir(join(site, path), { recursive: true });
  await writeFile(join(site, path, 'index.html'), `<!doctype html><html lang="en"><body>${body}</body></html>`);
}

describe('indexSite', () => {
  test('indexes the pages marked data-pagefind-body into pagefind/, and only those', async () => {
    await page('papers/one', '<nav>Topics</nav><main data-pagefind-body><h1>Attention sinks</h1><p>Text.</p></main>');
    await page('papers/two', '<main data-pagefind-body><h1>Mixture of experts</h1></main>');
    await page('topics', '<main><h1>Every topic</h1></main>');

    const stats = await indexSite(site);

    expect(stats).toEqual({ files: 3, pages: 2, outputPath: join(site, 'pagefind') });
    const files = await readdir(stats.outputPath);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));
  });

  test('leaves out the ready-made interfaces the site does not use', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await page('topics', '<main><h1>Every topic</h1></main>');
    const { outputPath } = await indexSite(site);
    const files = await readdir(outputPath);
    expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });

  test('fails when no page is marked for the index, which would make every page a result', async () => {
    await page('topics', '<main><h1>Every topic</h1></main>');
    await page('dates', '<main><h1>Every date</h1></main>');
    await expect(indexSite(site)).rejects.toThrow(
      `Pagefind indexed all 2 HTML files in ${site}: no page is marked data-pagefind-body`,
    );
  });

  test('fails when there is no site to index', async () => {
    const missing = join(site, 'missing');
    await expect(indexSite(missing)).rejects.toThrow(`Pagefind read 0 HTML files in ${missing} and indexed no page.`);
    expect(existsSync(join(missing, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});
