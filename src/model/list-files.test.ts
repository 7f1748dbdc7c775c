import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { listFiles, relativePath } from './list-files.ts';

describe('listFiles', () => {
  let root = '';
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'paper-archive-list-files-'));
    await mkdir(join(root, 'papers', 'one'), { recursive: true });
    await mkdir(join(root, 'pagefind', 'fragment'), { recursive: true });
    await mkdir(join(root, 'empty'));
    await writeFile(join(root, 'index.html'), '');
    await writeFile(join(root, 'papers', 'one', 'index.html'), '');
    await writeFile(join(root, 'pagefind', 'fragment', 'a.pf_fragment'), '');
  });
  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('lists every file at any depth, relative to the folder, with /', async () => {
    expect((await listFiles(root)).sort()).toEqual([
      'index.html',
      'pagefind/fragment/a.pf_fragment',
      'papers/one/index.html',
    ]);
  });

  test('does not look into the top-level folders it is told to skip', async () => {
    expect((await listFiles(root, ['pagefind'])).sort()).toEqual(['index.html', 'papers/one/index.html']);
  });

  test('lists nothing for a folder that is not there, and refuses a file', async () => {
    expect(await listFiles(join(root, 'missing'))).toEqual([]);
    await expect(listFiles(join(root, 'index.html'))).rejects.toThrow();
  });
});

describe('relativePath', () => {
  test('joins the parts with /', () => {
    expect(relativePath(join('/site', 'dist'), join('/site', 'dist', 'papers', 'one', 'index.html'))).toBe(
      'papers/one/index.html',
    );
  });
});
