import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { indexSite } from './search-index.ts';

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

async function fragments(): Promise<string[]> {
  return (await readdir(join(site, 'pagefind', 'fragment'))).sort();
}

describe('indexSite', () => {
  test('indexes the paper pages into pagefind/, and only those', async () => {
    await page('papers/one', '<nav>Topics</nav><main data-pagefind-body><h1>Attention sinks</h1><p>Text.</p></main>');
    await page('papers/two', '<main data-pagefind-body><h1>Mixture of experts</h1></main>');
    await page('topics', '<main data-pagefind-body><h1>Every topic</h1></main>');

    const stats = await indexSite(site);

    expect(stats).toMatchObject({ files: 2, pages: 2, outputPath: join(site, 'pagefind'), kept: 0, deleted: 0 });
    const files = await readdir(stats.outputPath);
    expect(files).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));
    expect(await fragments()).toHaveLength(2);
    expect(stats.written).toBe(
      (await readdir(stats.outputPath, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile())
        .length,
    );
  });

  test('leaves out the ready-made interfaces the site does not use', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    const { outputPath } = await indexSite(site);
    const files = await readdir(outputPath);
    expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });

  test('writes nothing the second time, and after a change only what changed', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await page('papers/two', '<main data-pagefind-body><h1>Mixture of experts</h1></main>');
    const first = await indexSite(site);
    const before = await fragments();

    expect(await indexSite(site)).toMatchObject({ written: 0, kept: first.written, deleted: 0 });

    await page('papers/two', '<main data-pagefind-body><h1>Mixture of many experts</h1></main>');
    const third = await indexSite(site);
    const after = await fragments();
    expect(after.filter((name) => before.includes(name))).toHaveLength(1);
    // Written: the changed page's fragment, the word chunk, pf_meta and the entry file. Deleted: the old three.
    expect(third).toMatchObject({ pages: 2, written: 4, deleted: 3 });
    const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: { en?: { hash: string } };
    };
    expect(existsSync(join(site, 'pagefind', `pagefind.${entry.languages.en?.hash ?? ''}.pf_meta`))).toBe(true);
  });

  test('fails when no paper page is marked data-pagefind-body, which would make page chrome searchable', async () => {
    await page('papers/one', '<nav>Topics</nav><main><h1>Attention sinks</h1></main>');
    await page('papers/two', '<nav>Topics</nav><main><h1>Mixture of experts</h1></main>');
    await expect(indexSite(site)).rejects.toThrow(
      `Pagefind indexed the 2 paper pages in ${site} whole: none is marked data-pagefind-body`,
    );
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  test('fails when a paper page is not marked data-pagefind-body, which would leave it out of search', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await page('papers/two', '<main><h1>Mixture of experts</h1></main>');
    await expect(indexSite(site)).rejects.toThrow(`Pagefind read 2 paper pages in ${site} but indexed 1:`);
  });

  test('fails when there is no paper page to index', async () => {
    await page('topics', '<main data-pagefind-body><h1>Every topic</h1></main>');
    await expect(indexSite(site)).rejects.toThrow(
      `Pagefind found no paper page (papers/*/index.html) in ${site} to index.`,
    );
    const missing = join(site, 'missing');
    await expect(indexSite(missing)).rejects.toThrow(`Pagefind found no paper page`);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  test('leaves the last index as it was when indexing fails', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await indexSite(site);
    const before = await readdir(join(site, 'pagefind'), { recursive: true });
    await page('papers/two', '<main><h1>Mixture of experts</h1></main>');
    await expect(indexSite(site)).rejects.toThrow('but indexed 1');
    expect(await readdir(join(site, 'pagefind'), { recursive: true })).toEqual(before);
  });
});
