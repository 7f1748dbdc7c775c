import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { digestFiles, staleCaches } from './build-cache.ts';

describe('staleCaches', () => {
  const stamp = { pipeline: 'p1', outDir: '/site/dist' };

  test('trusts the whole cache when the content code and the output folder are the same', () => {
    expect(staleCaches(stamp, { ...stamp })).toEqual([]);
  });

  test('drops the content store and the page manifest when the content code changed', () => {
    expect(staleCaches(stamp, { ...stamp, pipeline: 'p2' })).toEqual([
      'data-store.json',
      'data-store',
      'incremental-build.json',
    ]);
  });

  test('drops only the page manifest after a build into another folder', () => {
    expect(staleCaches(stamp, { ...stamp, outDir: '/tmp/other' })).toEqual(['incremental-build.json']);
  });

  test('trusts nothing it has no stamp for', () => {
    expect(staleCaches(undefined, stamp)).toEqual(['data-store.json', 'data-store', 'incremental-build.json']);
  });
});

describe('digestFiles', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'paper-archive-build-cache-'));
    await mkdir(join(root, 'src', 'loaders'), { recursive: true });
    await writeFile(join(root, 'src', 'schema.ts'), 'export const a = 1;');
    await writeFile(join(root, 'src', 'loaders', 'digests.ts'), 'export const b = 2;');
    await writeFile(join(root, 'src', 'loaders', 'digests.test.ts'), 'test();');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('changes with any file named or inside a folder named, and not with tests', async () => {
    const paths = ['src/schema.ts', 'src/loaders'];
    const before = await digestFiles(root, paths);
    expect(await digestFiles(root, paths)).toBe(before);
    await writeFile(join(root, 'src', 'loaders', 'digests.test.ts'), 'test(); test();');
    expect(await digestFiles(root, paths)).toBe(before);
    await writeFile(join(root, 'src', 'loaders', 'digests.ts'), 'export const b = 3;');
    expect(await digestFiles(root, paths)).not.toBe(before);
  });

  test('notices a file that is gone or newly added', async () => {
    const paths = ['src/schema.ts', 'src/loaders', 'src/lib/safe-markdown.ts'];
    const before = await digestFiles(root, paths);
    await mkdir(join(root, 'src', 'lib'));
    await writeFile(join(root, 'src', 'lib', 'safe-markdown.ts'), 'export {};');
    const added = await digestFiles(root, paths);
    expect(added).not.toBe(before);
    await rm(join(root, 'src', 'schema.ts'));
    expect(await digestFiles(root, paths)).not.toBe(added);
  });
});
