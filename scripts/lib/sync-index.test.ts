import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { planSync, readFolder, syncIndex, type IndexFile } from './sync-index.ts';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const file = (path: string, text: string): IndexFile => ({ path, content: bytes(text) });
const paths = (groups: readonly (readonly IndexFile[])[]): string[][] =>
  groups.map((group) => group.map((f) => f.path));

/** A small index as Pagefind's getFiles returns it, in its order. */
const index = [
  file('pagefind-entry.json', '{"languages":{"en":{"hash":"en_new"}}}'),
  file('pagefind.en_new.pf_meta', 'meta listing en_a, en_c and en_1'),
  file('pagefind.js', 'loader'),
  file('fragment/en_c.pf_fragment', 'page c'),
  file('fragment/en_a.pf_fragment', 'page a'),
  file('index/en_1.pf_index', 'words'),
  file('filter/en_f.pf_filter', 'topics'),
];

describe('planSync', () => {
  test('writes a whole index into an empty folder: fragments and chunks, then pf_meta, then the entry file', () => {
    expect(paths(planSync(index, new Map()).writes)).toEqual([
      [
        'filter/en_f.pf_filter',
        'fragment/en_a.pf_fragment',
        'fragment/en_c.pf_fragment',
        'index/en_1.pf_index',
        'pagefind.js',
      ],
      ['pagefind.en_new.pf_meta'],
      ['pagefind-entry.json'],
    ]);
    expect(planSync(index, new Map()).deletes).toEqual([]);
  });

  test('writes only the files that are missing or differ, and deletes last what the index no longer has', () => {
    const current = new Map([
      ['pagefind-entry.json', bytes('{"languages":{"en":{"hash":"en_old"}}}')],
      ['pagefind.en_old.pf_meta', bytes('meta listing en_a, en_b and en_0')],
      ['pagefind.js', bytes('loader')],
      ['fragment/en_a.pf_fragment', bytes('page a')],
      ['fragment/en_b.pf_fragment', bytes('page b')],
      ['index/en_1.pf_index', bytes('older words')],
      ['filter/en_f.pf_filter', bytes('topics')],
      ['pagefind-ui.js', bytes('interface')],
    ]);

    const plan = planSync(index, current);

    expect(paths(plan.writes)).toEqual([
      ['fragment/en_c.pf_fragment', 'index/en_1.pf_index'],
      ['pagefind.en_new.pf_meta'],
      ['pagefind-entry.json'],
    ]);
    expect(plan.deletes).toEqual(['fragment/en_b.pf_fragment', 'pagefind-ui.js', 'pagefind.en_old.pf_meta']);
  });

  test('leaves a folder that already holds the index as it is', () => {
    const current = new Map(index.map((f) => [f.path, f.content.slice()]));
    expect(planSync(index, current)).toEqual({ writes: [], deletes: [] });
  });

  test('rewrites a file whose name is unchanged but whose bytes differ, as when two pages swap a hash', () => {
    const current = new Map<string, Uint8Array>(index.map((f) => [f.path, f.content.slice()]));
    current.set('fragment/en_a.pf_fragment', bytes('page c'));
    current.set('fragment/en_c.pf_fragment', bytes('page a'));
    expect(paths(planSync(index, current).writes)).toEqual([
      ['fragment/en_a.pf_fragment', 'fragment/en_c.pf_fragment'],
    ]);
  });
});

describe('syncIndex', () => {
  let folder = '';

  beforeEach(async () => {
    folder = join(await mkdtemp(join(tmpdir(), 'paper-archive-sync-')), 'pagefind');
  });

  afterEach(async () => {
    await rm(join(folder, '..'), { recursive: true, force: true });
  });

  async function listing(): Promise<string[]> {
    const entries = await readdir(folder, { recursive: true, withFileTypes: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(folder.length + 1))
      .sort();
  }

  test('writes the whole index into a folder that does not exist yet', async () => {
    expect(await syncIndex(folder, index)).toEqual({ written: 7, kept: 0, deleted: 0 });
    expect(await listing()).toEqual(index.map((f) => f.path).sort());
    expect(await readFile(join(folder, 'fragment', 'en_a.pf_fragment'), 'utf8')).toBe('page a');
  });

  test('brings up to date a folder an earlier build wrote, leaving unchanged files untouched', async () => {
    await syncIndex(folder, [
      ...index.filter((f) => !f.path.startsWith('pagefind') && f.path !== 'fragment/en_c.pf_fragment'),
      file('pagefind-entry.json', '{"languages":{"en":{"hash":"en_old"}}}'),
      file('pagefind.en_old.pf_meta', 'meta listing en_a, en_b and en_1'),
      file('pagefind.js', 'loader'),
      file('fragment/en_b.pf_fragment', 'page b'),
    ]);
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await utimes(join(folder, 'fragment', 'en_a.pf_fragment'), longAgo, longAgo);

    expect(await syncIndex(folder, index)).toEqual({ written: 3, kept: 4, deleted: 2 });

    expect(await listing()).toEqual(index.map((f) => f.path).sort());
    expect(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')).toBe('{"languages":{"en":{"hash":"en_new"}}}');
    expect((await stat(join(folder, 'fragment', 'en_a.pf_fragment'))).mtime).toEqual(longAgo);
  });

  test('does nothing when the folder already holds the index', async () => {
    await syncIndex(folder, index);
    expect(await syncIndex(folder, index)).toEqual({ written: 0, kept: 7, deleted: 0 });
  });

  test('removes files that are no index file, such as a temporary file an interrupted run left', async () => {
    await mkdir(join(folder, 'fragment'), { recursive: true });
    await writeFile(join(folder, 'fragment', 'en_a.pf_fragment.123.tmp'), 'page');
    await syncIndex(folder, index);
    expect(existsSync(join(folder, 'fragment', 'en_a.pf_fragment.123.tmp'))).toBe(false);
    expect(await listing()).toEqual(index.map((f) => f.path).sort());
  });
});

describe('readFolder', () => {
  let folder = '';

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'paper-archive-read-'));
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  test('reads every file under the folder, by its path with /', async () => {
    await mkdir(join(folder, 'fragment'));
    await writeFile(join(folder, 'fragment', 'en_a.pf_fragment'), 'page a');
    await writeFile(join(folder, 'pagefind.js'), 'loader');
    const files = await readFolder(folder);
    expect([...files.keys()].sort()).toEqual(['fragment/en_a.pf_fragment', 'pagefind.js']);
    expect(new TextDecoder().decode(files.get('fragment/en_a.pf_fragment'))).toBe('page a');
  });

  test('finds nothing in a folder that does not exist', async () => {
    expect(await readFolder(join(folder, 'missing'))).toEqual(new Map());
  });
});
