import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { fragmentUrl, readIndexParts } from './pagefind-files.ts';
import { indexSite } from './search-index.ts';

let root = '';
let site = '';
let cache = '';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'paper-archive-pagefind-'));
  site = join(root, 'dist');
  cache = join(root, 'cache');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
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

    const stats = await indexSite(site, cache);

    expect(stats).toMatchObject({ pages: 2, outputPath: join(site, 'pagefind'), fresh: true, kept: 0, deleted: 0 });
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
    const { outputPath } = await indexSite(site, cache);
    const files = await readdir(outputPath);
    expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });

  test('writes nothing the second time, and after a change only what changed', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await page('papers/two', '<main data-pagefind-body><h1>Mixture of experts</h1></main>');
    const first = await indexSite(site, cache);
    const before = await fragments();

    expect(await indexSite(site, cache)).toMatchObject({ written: 0, kept: first.written, deleted: 0 });

    await page('papers/two', '<main data-pagefind-body><h1>Mixture of many experts</h1></main>');
    const third = await indexSite(site, cache);
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
    await expect(indexSite(site, cache)).rejects.toThrow(
      `Pagefind indexed the 2 paper pages in ${site} whole: none is marked data-pagefind-body`,
    );
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  test('fails when a paper page is not marked data-pagefind-body, which would leave it out of search', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await page('papers/two', '<main><h1>Mixture of experts</h1></main>');
    await expect(indexSite(site, cache)).rejects.toThrow(`Pagefind read 2 paper pages in ${site} but indexed 1:`);
  });

  test('fails when there is no paper page to index', async () => {
    await page('topics', '<main data-pagefind-body><h1>Every topic</h1></main>');
    await expect(indexSite(site, cache)).rejects.toThrow(
      `Pagefind found no paper page (papers/*/index.html) in ${site} to index.`,
    );
    const missing = join(site, 'missing');
    await expect(indexSite(missing, cache)).rejects.toThrow(`Pagefind found no paper page`);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  test('leaves the last index as it was when indexing fails', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await indexSite(site, cache);
    const before = await readdir(join(site, 'pagefind'), { recursive: true });
    await page('papers/two', '<main><h1>Mixture of experts</h1></main>');
    await expect(indexSite(site, cache)).rejects.toThrow('but indexed 1');
    expect(await readdir(join(site, 'pagefind'), { recursive: true })).toEqual(before);
  });
  describe('reusing what the last run left in the cache', () => {
    const manifestPath = (): string => join(cache, 'pagefind', 'paper-archive-index.json');
    const readManifest = async (): Promise<{ pagefind: string; files: Record<string, unknown> }> =>
      JSON.parse(await readFile(manifestPath(), 'utf8')) as { pagefind: string; files: Record<string, unknown> };

    /** The URL each fragment of the site's index is about, by fragment. */
    async function siteFragments(): Promise<Map<string, string>> {
      const folder = join(site, 'pagefind');
      const parts = await readIndexParts(folder);
      const urls = new Map<string, string>();
      for (const path of parts.fragments) urls.set(path, fragmentUrl(await readFile(join(folder, path))));
      return urls;
    }

    beforeEach(async () => {
      await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1><p>Sinks.</p></main>');
      await page('papers/two', '<main data-pagefind-body><h1>Mixture of experts</h1><p>Experts.</p></main>');
    });

    test('keeps fragments and word chunks for the next run, which Pagefind then does not write again', async () => {
      const first = await indexSite(site, cache);
      expect(first).toMatchObject({ fresh: true, reused: 0 });
      const manifest = await readManifest();
      expect(
        Object.values(manifest.files)
          .filter((value) => typeof value === 'string')
          .sort(),
      ).toEqual(['/papers/one/', '/papers/two/']);

      await page('papers/three', '<main data-pagefind-body><h1>Speculative decoding</h1><p>Drafts.</p></main>');
      const second = await indexSite(site, cache);

      // The two unchanged fragments come from the cache; the new page's fragment and the word chunk are new.
      expect(second).toMatchObject({ fresh: false, reused: 2, pages: 3 });
      expect([...(await siteFragments()).values()].sort()).toEqual(['/papers/one/', '/papers/three/', '/papers/two/']);
    });

    test('builds from nothing when a name kept in the cache stands for another page now', async () => {
      await indexSite(site, cache);
      // What a hash collision leaves: the file Pagefind will name for page one holds page two, and the manifest,
      // written when that file was, says so.
      const manifest = await readManifest();
      const byUrl = Object.fromEntries(Object.entries(manifest.files).map(([path, url]) => [String(url), path]));
      const one = byUrl['/papers/one/'] ?? '';
      const two = byUrl['/papers/two/'] ?? '';
      await writeFile(join(cache, 'pagefind', one), await readFile(join(cache, 'pagefind', two)));
      manifest.files[one] = '/papers/two/';
      await writeFile(manifestPath(), JSON.stringify(manifest));

      const stats = await indexSite(site, cache);

      expect(stats.fresh).toBe(true);
      expect(await siteFragments()).toEqual(
        new Map([
          [one, '/papers/one/'],
          [two, '/papers/two/'],
        ]),
      );
    });

    test('builds from nothing when a word chunk kept in the cache holds other words now', async () => {
      await indexSite(site, cache);
      const manifest = await readManifest();
      const chunk = Object.keys(manifest.files).find((path) => path.startsWith('index/')) ?? '';
      manifest.files[chunk] = ['zebra', 'zygote'];
      await writeFile(manifestPath(), JSON.stringify(manifest));

      expect(await indexSite(site, cache)).toMatchObject({ fresh: true, pages: 2 });
      expect(await readManifest()).not.toMatchObject({ files: { [chunk]: ['zebra', 'zygote'] } });
    });

    test('builds from nothing after a run that did not finish, or with another version of Pagefind', async () => {
      await indexSite(site, cache);
      const manifest = await readManifest();
      await writeFile(manifestPath(), JSON.stringify({ ...manifest, pagefind: '1.0.0' }));
      expect(await indexSite(site, cache)).toMatchObject({ fresh: true });

      // A run that dies while Pagefind writes leaves no manifest behind.
      await rm(manifestPath());
      await writeFile(join(cache, 'pagefind', 'fragment', 'en_half.pf_fragment'), 'half written');
      expect(await indexSite(site, cache)).toMatchObject({ fresh: true, reused: 0 });
      expect(existsSync(join(cache, 'pagefind', 'fragment', 'en_half.pf_fragment'))).toBe(false);
    });

    test('keeps in the cache only the files of the last index', async () => {
      await indexSite(site, cache);
      await page('papers/two', '<main data-pagefind-body><h1>Mixture of many experts</h1><p>More.</p></main>');
      await indexSite(site, cache);
      const parts = await readIndexParts(join(cache, 'pagefind'));
      const files = (await readdir(join(cache, 'pagefind'), { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(join(cache, 'pagefind').length + 1));
      expect(files.filter((path) => path.includes('/')).sort()).toEqual(
        [...parts.fragments, ...parts.chunks.map((chunk) => chunk.path), ...parts.filters].sort(),
      );
    });
  });
});
