import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chunkFits, chunkWords, fragmentUrl, indexFiles, readIndexParts, unpack } from './pagefind-files.ts';
import { runPagefind } from './run-pagefind.ts';

let root = '';
let site = '';
let folder = '';

/** Paper pages with filters and sorts, as the site marks them. */
const PAGES: Record<string, string> = {
  one: 'Attention sinks in long context models',
  two: 'Mixture of experts routing',
  three: 'Speculative decoding with small drafts',
};

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'paper-archive-pagefind-files-'));
  site = join(root, 'site');
  folder = join(root, 'index');
  for (const [slug, title] of Object.entries(PAGES)) {
    await mkdir(join(site, 'papers', slug), { recursive: true });
    await writeFile(
      join(site, 'papers', slug, 'index.html'),
      `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${title}</h1>` +
        `<p data-pagefind-filter="topic">Efficiency</p><time data-pagefind-sort="published">2025-01-0${String(slug.length)}</time>` +
        `<p>About ${title.toLowerCase()}.</p></main></body></html>`,
    );
  }
  await runPagefind({ site, glob: 'papers/*/index.html', outputPath: folder });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('readIndexParts', () => {
  test("lists the files Pagefind's own API gives for the same pages, less its ready-made interfaces", async () => {
    const created = await pagefind.createIndex();
    try {
      await created.index?.addDirectory({ path: site, glob: 'papers/*/index.html' });
      const files = (await created.index?.getFiles())?.files.map((file) => file.path) ?? [];
      const parts = await readIndexParts(folder);
      expect(indexFiles(parts).sort()).toEqual(files.filter((path) => !/ui\.|highlight/.test(path)).sort());
      expect(parts).toMatchObject({ pageCount: 3, version: expect.stringMatching(/^1\./) as unknown });
      expect(parts.fragments).toHaveLength(3);
      expect(parts.filters).toHaveLength(1);
    } finally {
      await pagefind.close();
    }
  });

  test('refuses a folder whose entry is not a Pagefind 1.x index', async () => {
    const other = join(root, 'other');
    await mkdir(other, { recursive: true });
    await writeFile(join(other, 'pagefind-entry.json'), '{"version":"2.0.0","languages":{}}');
    await expect(readIndexParts(other)).rejects.toThrow('is not the entry of a Pagefind 1.x index');
  });
});

describe('what a file is about', () => {
  test('a fragment names the URL of its page', async () => {
    const parts = await readIndexParts(folder);
    const urls = await Promise.all(
      parts.fragments.map(async (path) => fragmentUrl(await readFile(join(folder, path)))),
    );
    expect(urls.sort()).toEqual(['/papers/one/', '/papers/three/', '/papers/two/']);
  });

  test('a word chunk holds the words its meta file gives it, and no other range fits it', async () => {
    const parts = await readIndexParts(folder);
    for (const chunk of parts.chunks) {
      const words = chunkWords(await readFile(join(folder, chunk.path)));
      expect(chunkFits(words, chunk)).toBe(true);
    }
    expect(chunkFits(['attention', 'sinks'], { from: 'att', to: 'si' })).toBe(true);
    expect(chunkFits(['attention', 'sinks'], { from: 'mix', to: 'si' })).toBe(false);
    expect(chunkFits(['attention', 'sinks'], { from: 'att', to: 'spec' })).toBe(false);
  });

  test('a file that is not Pagefind compressed data is refused', () => {
    expect(() => unpack(gzipSync('{"url":"/papers/one/"}'))).toThrow('not a Pagefind index file');
  });
});
