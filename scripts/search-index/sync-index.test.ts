import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { listFiles } from '../../src/model/list-files.ts';
import { planSync, syncIndex } from './sync-index.ts';

// Watched, to see in which order the sync puts files in place and deletes them.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, copyFile: vi.fn(actual.copyFile), rename: vi.fn(actual.rename), rm: vi.fn(actual.rm) };
});

/** A small index as Pagefind writes it: path, content. */
const index: Record<string, string> = {
  'pagefind-entry.json': '{"languages":{"en":{"hash":"en_new"}}}',
  'pagefind.en_new.pf_meta': 'meta listing en_a, en_c and en_1',
  'pagefind.js': 'loader',
  'fragment/en_c.pf_fragment': 'page c',
  'fragment/en_a.pf_fragment': 'page a',
  'index/en_1.pf_index': 'words',
  'filter/en_f.pf_filter': 'topics',
};
const paths = Object.keys(index);

describe('planSync', () => {
  test('writes a whole index into an empty folder: data, then pf_meta, then the script, then the entry file', () => {
    expect(planSync(paths, [], new Set())).toEqual({
      writes: [
        ['filter/en_f.pf_filter', 'fragment/en_a.pf_fragment', 'fragment/en_c.pf_fragment', 'index/en_1.pf_index'],
        ['pagefind.en_new.pf_meta'],
        ['pagefind.js'],
        ['pagefind-entry.json'],
      ],
      deletes: [],
    });
  });

  test('writes only what is not there as it should be, and deletes last what the index no longer has', () => {
    const current = [
      'pagefind-entry.json',
      'pagefind.en_old.pf_meta',
      'pagefind.js',
      'fragment/en_a.pf_fragment',
      'fragment/en_b.pf_fragment',
      'index/en_1.pf_index',
      'filter/en_f.pf_filter',
      'pagefind-ui.js',
    ];
    const unchanged = new Set(['pagefind.js', 'fragment/en_a.pf_fragment', 'filter/en_f.pf_filter']);

    const plan = planSync(paths, current, unchanged);

    expect(plan.writes).toEqual([
      ['fragment/en_c.pf_fragment', 'index/en_1.pf_index'],
      ['pagefind.en_new.pf_meta'],
      ['pagefind-entry.json'],
    ]);
    expect(plan.deletes).toEqual(['fragment/en_b.pf_fragment', 'pagefind-ui.js', 'pagefind.en_old.pf_meta']);
  });

  test('leaves a folder that already holds the index as it is', () => {
    expect(planSync(paths, paths, new Set(paths))).toEqual({ writes: [], deletes: [] });
  });
});

describe('syncIndex', () => {
  let root = '';
  let from = '';
  let to = '';

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'paper-archive-sync-'));
    from = join(root, 'cache', 'pagefind');
    to = join(root, 'dist', 'pagefind');
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  async function put(folder: string, files: Record<string, string>): Promise<void> {
    for (const [path, text] of Object.entries(files)) {
      await mkdir(dirname(join(folder, path)), { recursive: true });
      await writeFile(join(folder, path), text);
    }
  }

  async function contents(folder: string): Promise<Record<string, string>> {
    const files: Record<string, string> = {};
    for (const path of await listFiles(folder)) files[path] = await readFile(join(folder, path), 'utf8');
    return files;
  }

  test('writes the whole index into a folder that does not exist yet', async () => {
    await put(from, index);
    expect(await syncIndex(from, to, paths)).toEqual({ written: 7, kept: 0, deleted: 0 });
    expect(await contents(to)).toEqual(index);
  });

  test('copies only the files it was given, not what else their folder holds', async () => {
    await put(from, { ...index, 'pagefind-ui.js': 'interface' });
    await syncIndex(from, to, paths);
    expect(await contents(to)).toEqual(index);
  });

  test('puts the data in place, then pf_meta, then the script, then the entry file, and deletes only after', async () => {
    await put(from, index);
    await put(to, { 'fragment/en_old.pf_fragment': 'an old page', 'pagefind.en_old.pf_meta': 'old meta' });
    vi.mocked(rename).mockClear();
    vi.mocked(rm).mockClear();

    await syncIndex(from, to, paths);

    const events = [
      ...vi.mocked(rename).mock.calls.map((call, index) => ({
        order: vi.mocked(rename).mock.invocationCallOrder[index] ?? 0,
        event: `put ${relative(to, String(call[1]))}`,
      })),
      ...vi.mocked(rm).mock.calls.map((call, index) => ({
        order: vi.mocked(rm).mock.invocationCallOrder[index] ?? 0,
        event: `delete ${relative(to, String(call[0]))}`,
      })),
    ]
      .sort((a, b) => a.order - b.order)
      .map(({ event }) => event);
    const data = events.slice(0, 4).sort();
    expect(data).toEqual([
      'put filter/en_f.pf_filter',
      'put fragment/en_a.pf_fragment',
      'put fragment/en_c.pf_fragment',
      'put index/en_1.pf_index',
    ]);
    expect(events.slice(4, 7)).toEqual(['put pagefind.en_new.pf_meta', 'put pagefind.js', 'put pagefind-entry.json']);
    expect(events.slice(7).sort()).toEqual(['delete fragment/en_old.pf_fragment', 'delete pagefind.en_old.pf_meta']);
  });

  test('moves the files it writes out of the folder they came from', async () => {
    await put(from, index);
    await syncIndex(from, to, paths);
    expect(await listFiles(from)).toEqual([]);
  });

  test('from another disk, copies each file beside its place and renames it there, leaving no copy behind', async () => {
    await put(from, index);
    await put(to, { 'pagefind.js': 'old loader' });
    const actual = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
    // As a move from a folder in memory to the disk fails.
    vi.mocked(rename).mockClear();
    vi.mocked(rename).mockImplementation(async (source, target) => {
      if (String(source).startsWith(from)) throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
      await actual.rename(source, target);
    });
    try {
      expect(await syncIndex(from, to, paths)).toEqual({ written: 7, kept: 0, deleted: 0 });
    } finally {
      vi.mocked(rename).mockImplementation(actual.rename);
    }

    expect(await contents(to)).toEqual(index);
    const intoPlace = vi
      .mocked(rename)
      .mock.calls.filter(([source]) => !String(source).startsWith(from))
      .map(([source, target]) => [relative(to, String(source)), relative(to, String(target))]);
    expect(intoPlace.sort()).toEqual(paths.map((path) => [`${path}.${process.pid}.tmp`, path]).sort());
  });

  test('from another disk, leaves no part of a file in the site when a copy fails, as on a full disk', async () => {
    await put(from, index);
    const actual = await vi.importActual<typeof import('node:fs/promises')>('node:fs/promises');
    vi.mocked(rename).mockImplementation(async (source, target) => {
      if (String(source).startsWith(from)) throw Object.assign(new Error('cross-device link'), { code: 'EXDEV' });
      await actual.rename(source, target);
    });
    vi.mocked(copyFile).mockImplementation(async (_source, target) => {
      await actual.writeFile(String(target), 'the first bytes');
      throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    });
    try {
      await expect(syncIndex(from, to, paths)).rejects.toThrow('no space left');
    } finally {
      vi.mocked(rename).mockImplementation(actual.rename);
      vi.mocked(copyFile).mockImplementation(actual.copyFile);
    }

    expect(await listFiles(to)).toEqual([]);
  });

  test('brings up to date a folder an earlier sync wrote, leaving unchanged files untouched', async () => {
    await put(from, {
      'pagefind-entry.json': '{"languages":{"en":{"hash":"en_old"}}}',
      'pagefind.en_old.pf_meta': 'meta listing en_a, en_b and en_1',
      'pagefind.js': 'loader',
      'fragment/en_a.pf_fragment': 'page a',
      'fragment/en_b.pf_fragment': 'page b',
      'index/en_1.pf_index': 'words',
      'filter/en_f.pf_filter': 'topics',
    });
    await syncIndex(from, to, await listFiles(from));
    const longAgo = new Date('2020-01-01T00:00:00Z');
    await utimes(join(to, 'fragment', 'en_a.pf_fragment'), longAgo, longAgo);
    await rm(from, { recursive: true });
    await put(from, index);

    expect(await syncIndex(from, to, paths)).toEqual({ written: 3, kept: 4, deleted: 2 });

    expect(await contents(to)).toEqual(index);
    expect((await stat(join(to, 'fragment', 'en_a.pf_fragment'))).mtime).toEqual(longAgo);
  });

  test('rewrites a file whose name is unchanged but whose bytes differ, as when two pages swap a hash', async () => {
    await put(from, index);
    await put(to, { ...index, 'fragment/en_a.pf_fragment': 'page c', 'fragment/en_c.pf_fragment': 'page a' });
    expect(await syncIndex(from, to, paths)).toEqual({ written: 2, kept: 5, deleted: 0 });
    expect(await contents(to)).toEqual(index);
  });

  test('does nothing when the folder already holds the index', async () => {
    await put(from, index);
    await put(to, index);
    expect(await syncIndex(from, to, paths)).toEqual({ written: 0, kept: 7, deleted: 0 });
    expect(await contents(to)).toEqual(index);
  });

  test('removes files that are no index file, such as a temporary file an interrupted run left', async () => {
    await put(from, index);
    await put(to, { 'fragment/en_a.pf_fragment.123.tmp': 'page' });
    await syncIndex(from, to, paths);
    expect(existsSync(join(to, 'fragment', 'en_a.pf_fragment.123.tmp'))).toBe(false);
    expect(await contents(to)).toEqual(index);
  });
});
