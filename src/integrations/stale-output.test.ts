import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { removeStale, staleFiles, stillLinked } from './stale-output.ts';

describe('staleFiles', () => {
  const started = 1_000;
  const times: Record<string, number> = {
    'papers/kept/index.html': 10,
    'papers/gone/index.html': 10,
    'papers/new/index.html': 1_500,
    '_astro/site.OLD.css': 10,
    '_astro/site.NEW.css': 1_500,
    'sitemap-1.xml': 10,
    'pagefind/pagefind.js': 10,
  };
  const modified = (path: string): Promise<number> => Promise.resolve(times[path] ?? 0);

  test('are the files written before the build started that are not among its pages', async () => {
    const pages = new Set(['papers/kept/index.html', 'papers/new/index.html']);
    expect(await staleFiles(Object.keys(times), pages, started, modified, ['pagefind'])).toEqual([
      'papers/gone/index.html',
      '_astro/site.OLD.css',
      'sitemap-1.xml',
    ]);
  });

  test('leave managed folders alone, whatever their age', async () => {
    expect(
      await staleFiles(['pagefind/pagefind.js', 'pagefinder.txt'], new Set(), started, modified, ['pagefind']),
    ).toEqual(['pagefinder.txt']);
  });
});

describe('stillLinked', () => {
  const html: Record<string, string> = {
    'papers/kept/index.html': '<link rel="stylesheet" href="/_astro/Base.OLD.css"><script src="/_astro/x.js">',
    'topics/kept/index.html': '<link rel="stylesheet" href="/_astro/Base.OLD.css">',
  };
  const read = (path: string): Promise<string> => Promise.resolve(html[path] ?? '');
  const kept = (): Promise<string[]> => Promise.resolve(Object.keys(html));

  test('are the stale assets a kept page still loads; old pages and unlinked assets are not', async () => {
    const stale = ['_astro/Base.OLD.css', '_astro/Header.OLD.css', 'papers/gone/index.html'];
    expect(await stillLinked(stale, kept, read)).toEqual(new Set(['_astro/Base.OLD.css']));
  });

  test('reads no page when nothing but pages went stale', async () => {
    let reads = 0;
    const counting = (path: string): Promise<string> => {
      reads++;
      return read(path);
    };
    expect(await stillLinked(['papers/gone/index.html'], kept, counting)).toEqual(new Set());
    expect(reads).toBe(0);
  });
});

describe('removeStale', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'paper-archive-stale-'));
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('removes the files and the folders they leave empty, and nothing else', async () => {
    await mkdir(join(root, 'papers', 'gone'), { recursive: true });
    await mkdir(join(root, 'papers', 'kept'), { recursive: true });
    await writeFile(join(root, 'papers', 'gone', 'index.html'), 'old');
    await writeFile(join(root, 'papers', 'kept', 'index.html'), 'new');
    await writeFile(join(root, 'old.xml'), 'old');

    expect(await removeStale(root, ['papers/gone/index.html', 'old.xml'])).toBe(2);

    expect(existsSync(join(root, 'papers', 'gone'))).toBe(false);
    expect(await readdir(join(root, 'papers'))).toEqual(['kept']);
    expect(await readdir(root)).toEqual(['papers']);
  });
});
