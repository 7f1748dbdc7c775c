import { chown, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { indexWorkFolder, LEFT_BEHIND_MS, MEMORY_FOLDER, removeLeftBehind, RUN_FOLDER_PREFIX } from './work-folder.ts';
import { memoryFolderToWrite } from './fixtures/memory-folder.ts';

let root = '';
let cache = '';

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'paper-archive-work-folder-'));
  cache = join(root, 'cache');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('indexWorkFolder', () => {
  test.skipIf(!memoryFolderToWrite())('builds in memory when the folder there has room for the pages', async () => {
    expect(await indexWorkFolder(1, cache)).toBe(MEMORY_FOLDER);
  });

  test.skipIf(!memoryFolderToWrite())('builds in the cache when the pages would not fit in memory', async () => {
    expect(await indexWorkFolder(Number.MAX_SAFE_INTEGER / 1e6, cache)).toBe(cache);
  });

  test('builds in the cache when the folder given is on the disk, not in memory', async () => {
    await mkdir(join(root, 'shm'));
    expect(await indexWorkFolder(1, cache, join(root, 'shm'))).toBe(cache);
  });

  test('builds in the cache where there is no such folder, or it is a file', async () => {
    expect(await indexWorkFolder(1, cache, join(root, 'missing'))).toBe(cache);
    await writeFile(join(root, 'shm'), '');
    expect(await indexWorkFolder(1, cache, join(root, 'shm'))).toBe(cache);
  });
});

describe('removeLeftBehind', () => {
  const now = Date.now();

  async function runFolder(name: string, ageMs: number): Promise<string> {
    const path = join(cache, name);
    await mkdir(join(path, 'fragment'), { recursive: true });
    await writeFile(join(path, 'fragment', 'en_a.pf_fragment'), 'page');
    const changed = new Date(now - ageMs);
    await utimes(path, changed, changed);
    return path;
  }

  test('deletes the run folders a stopped build left a day ago or more, and keeps those of builds running now', async () => {
    const stopped = await runFolder(`${RUN_FOLDER_PREFIX}stopped`, LEFT_BEHIND_MS + 1000);
    await runFolder(`${RUN_FOLDER_PREFIX}running`, 10 * 60 * 1000);

    expect(await removeLeftBehind(cache, now)).toEqual([stopped]);
    expect(await readdir(cache)).toEqual([`${RUN_FOLDER_PREFIX}running`]);
  });

  test.skipIf(process.getuid?.() !== 0)("leaves another user's run folders to them, however old", async () => {
    const theirs = await runFolder(`${RUN_FOLDER_PREFIX}theirs`, LEFT_BEHIND_MS * 3);
    await chown(theirs, 4242, 4242);

    expect(await removeLeftBehind(cache, now)).toEqual([]);
    expect(await readdir(cache)).toEqual([`${RUN_FOLDER_PREFIX}theirs`]);
  });

  test('leaves whatever else the folder holds, however old', async () => {
    await runFolder('astro-cache', LEFT_BEHIND_MS * 3);
    await writeFile(join(cache, `${RUN_FOLDER_PREFIX}a-file`), '');
    const old = new Date(now - LEFT_BEHIND_MS * 3);
    await utimes(join(cache, `${RUN_FOLDER_PREFIX}a-file`), old, old);

    expect(await removeLeftBehind(cache, now)).toEqual([]);
    expect((await readdir(cache)).sort()).toEqual(['astro-cache', `${RUN_FOLDER_PREFIX}a-file`]);
  });

  test('does nothing in a folder that is not there yet', async () => {
    expect(await removeLeftBehind(join(root, 'missing'), now)).toEqual([]);
  });
});
