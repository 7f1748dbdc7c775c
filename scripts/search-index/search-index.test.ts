import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import * as pagefind from 'pagefind';
import { memoryFolderToWrite } from './fixtures/memory-folder.ts';
import { indexSite } from './search-index.ts';
import { LEFT_BEHIND_MS, MEMORY_FOLDER, RUN_FOLDER_PREFIX } from './work-folder.ts';

let root = '';
let site = '';
let work = '';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'paper-archive-pagefind-'));
  site = join(root, 'dist');
  work = join(root, 'cache');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function page(path: string, body: string): Promise<void> {
  await mkdir(join(site, path), { recursive: true });
  await writeFile(join(site, path, 'index.html'), `<!doctype html><html lang="en"><body>${body}</body></html>`);
}

/** Every file under `folder`, by path, with its bytes. */
async function contents(folder: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(files.map(async (path) => [path, await readFile(path)] as const)));
}

/** The same, by path relative to `folder`. */
async function relativeContents(folder: string): Promise<Map<string, Buffer>> {
  const files = await contents(folder);
  return new Map([...files].map(([path, bytes]) => [path.slice(folder.length + 1), bytes]));
}

async function fragments(): Promise<string[]> {
  return (await readdir(join(site, 'pagefind', 'fragment'))).sort();
}

describe('indexSite', () => {
  test('indexes the paper pages into pagefind/, and only those', async () => {
    await page('papers/one', '<nav>Topics</nav><main data-pagefind-body><h1>Attention sinks</h1><p>Text.</p></main>');
    await page('papers/two', '<main data-pagefind-body><h1>Mixture of experts</h1></main>');
    await page('topics', '<main data-pagefind-body><h1>Every topic</h1></main>');

    const stats = await indexSite(site, work);

    expect(stats).toMatchObject({ pages: 2, outputPath: join(site, 'pagefind'), kept: 0, deleted: 0 });
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
    const { outputPath } = await indexSite(site, work);
    const files = await readdir(outputPath);
    expect(files.filter((name) => /ui|highlight/.test(name))).toEqual([]);
  });

  test('writes nothing the second time, and after a change only what changed', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await page('papers/two', '<main data-pagefind-body><h1>Mixture of experts</h1></main>');
    const first = await indexSite(site, work);
    const before = await fragments();

    expect(await indexSite(site, work)).toMatchObject({ written: 0, kept: first.written, deleted: 0 });

    await page('papers/two', '<main data-pagefind-body><h1>Mixture of many experts</h1></main>');
    const third = await indexSite(site, work);
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
    await expect(indexSite(site, work)).rejects.toThrow(
      `Pagefind indexed the 2 paper pages in ${site} whole: none is marked data-pagefind-body`,
    );
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  test('fails when a paper page is not marked data-pagefind-body, which would leave it out of search', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await page('papers/two', '<main><h1>Mixture of experts</h1></main>');
    await expect(indexSite(site, work)).rejects.toThrow(`Pagefind read 2 paper pages in ${site} but indexed 1:`);
  });

  test('fails when there is no paper page to index', async () => {
    await page('topics', '<main data-pagefind-body><h1>Every topic</h1></main>');
    await expect(indexSite(site, work)).rejects.toThrow(
      `Pagefind found no paper page (papers/*/index.html) in ${site} to index.`,
    );
    const missing = join(site, 'missing');
    await expect(indexSite(missing, work)).rejects.toThrow(`Pagefind found no paper page`);
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
  });

  test('leaves the last index as it was when indexing fails', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await indexSite(site, work);
    const before = await contents(join(site, 'pagefind'));
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks, revised</h1></main>');
    await page('papers/two', '<main><h1>Mixture of experts</h1></main>');
    await expect(indexSite(site, work)).rejects.toThrow('but indexed 1');
    expect(await contents(join(site, 'pagefind'))).toEqual(before);
  });

  test("writes the files Pagefind's own API gives for the same pages, less its ready-made interfaces", async () => {
    await page(
      'papers/one',
      '<main data-pagefind-body><h1>Attention sinks</h1><p data-pagefind-filter="topic">Memory</p></main>',
    );
    await page(
      'papers/two',
      '<main data-pagefind-body><h1>Mixture of experts</h1><time data-pagefind-sort="published">2025-01-02</time></main>',
    );
    const { outputPath } = await indexSite(site, work);
    const created = await pagefind.createIndex();
    try {
      await created.index?.addDirectory({ path: site, glob: 'papers/*/index.html' });
      const files = (await created.index?.getFiles())?.files ?? [];
      const ours = (await readdir(outputPath, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name).slice(outputPath.length + 1));
      expect(ours.sort()).toEqual(
        files
          .map((file) => file.path)
          .filter((path) => !/ui\.|highlight/.test(path))
          .sort(),
      );
      for (const file of files.filter((candidate) => candidate.path.includes('/'))) {
        expect(await readFile(join(outputPath, file.path))).toEqual(Buffer.from(file.content));
      }
    } finally {
      await pagefind.close();
    }
  });

  test('builds in the folder chosen for the number of paper pages, counting them once', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await page('papers/two', '<main data-pagefind-body><h1>Mixture of experts</h1></main>');
    const asked: number[] = [];
    const stats = await indexSite(site, (pages) => {
      asked.push(pages);
      return Promise.resolve(work);
    });
    expect(asked).toEqual([2]);
    expect(stats).toMatchObject({ pages: 2, work });
  });

  test('leaves nothing behind in the work folder', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    await indexSite(site, work);
    expect(await readdir(work)).toEqual([]);
    await page('papers/two', '<main><h1>Mixture of experts</h1></main>');
    await expect(indexSite(site, work)).rejects.toThrow('but indexed 1');
    expect(await readdir(work)).toEqual([]);
  });

  test('deletes the work folder of a build stopped a day ago, and leaves the others', async () => {
    await page('papers/one', '<main data-pagefind-body><h1>Attention sinks</h1></main>');
    for (const name of [`${RUN_FOLDER_PREFIX}stopped`, `${RUN_FOLDER_PREFIX}running`]) {
      await mkdir(join(work, name, 'fragment'), { recursive: true });
    }
    const dayAgo = new Date(Date.now() - LEFT_BEHIND_MS - 1000);
    await utimes(join(work, `${RUN_FOLDER_PREFIX}stopped`), dayAgo, dayAgo);

    await indexSite(site, work);

    expect(await readdir(work)).toEqual([`${RUN_FOLDER_PREFIX}running`]);
  });

  test.skipIf(!memoryFolderToWrite())('writes the same index when it is built in memory, on another disk', async () => {
    for (const title of ['Attention sinks', 'Mixture of experts', 'Speculative decoding']) {
      await page(`papers/${title.replaceAll(' ', '-')}`, `<main data-pagefind-body><h1>${title}</h1></main>`);
    }
    await indexSite(site, work);
    const onDisk = await relativeContents(join(site, 'pagefind'));
    await rm(join(site, 'pagefind'), { recursive: true });

    const memory = await mkdtemp(join(MEMORY_FOLDER, 'paper-archive-test-'));
    try {
      await indexSite(site, memory);
      expect(await readdir(memory)).toEqual([]);
    } finally {
      await rm(memory, { recursive: true, force: true });
    }
    expect(await relativeContents(join(site, 'pagefind'))).toEqual(onDisk);
  });

  test('keeps two builds that share a work folder apart', async () => {
    const sites = { [site]: 'Attention sinks', [join(root, 'other')]: 'Mixture of experts' };
    for (const [folder, prefix] of Object.entries(sites)) {
      for (let index = 0; index < 40; index++) {
        await mkdir(join(folder, 'papers', `p${index}`), { recursive: true });
        await writeFile(
          join(folder, 'papers', `p${index}`, 'index.html'),
          `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${prefix} ${index}</h1></main></body></html>`,
        );
      }
    }
    // What each site's index is when it is built alone.
    const alone = new Map<string, Map<string, Buffer>>();
    for (const folder of Object.keys(sites)) {
      await indexSite(folder, join(root, 'alone'));
      alone.set(folder, await relativeContents(join(folder, 'pagefind')));
      await rm(join(folder, 'pagefind'), { recursive: true });
    }

    await Promise.all(Object.keys(sites).map((folder) => indexSite(folder, work)));

    for (const folder of Object.keys(sites)) {
      expect(await relativeContents(join(folder, 'pagefind'))).toEqual(alone.get(folder));
    }
    expect(await readdir(work)).toEqual([]);
  });
});
