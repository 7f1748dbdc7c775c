import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { rejectedContentError } from './fixtures/content-error-of.ts';
import { listFolder } from './content-folder.ts';

describe('listFolder', () => {
  let digests = '';
  beforeEach(async () => {
    digests = await mkdtemp(join(tmpdir(), 'paper-archive-list-folder-'));
  });
  afterEach(async () => {
    await rm(digests, { recursive: true, force: true });
  });

  test('lists the plain files apart from everything else, each sorted by code unit', async () => {
    // Names a locale-aware sort would order otherwise (april before March).
    for (const name of [
      'april.txt',
      '004_a694c269b68bac59.txt',
      'March.txt',
      '2026-05-01.txt',
      '002_07ad6c0b32a76128.txt',
    ])
      await writeFile(join(digests, name), 'Daily Papers\n');
    await mkdir(join(digests, 'drafts'));
    await symlink(join(digests, '004_a694c269b68bac59.txt'), join(digests, 'latest.txt'));
    await mkdir(join(digests, 'Archive'));

    expect(await listFolder(digests, 'content/digests', 'digests')).toEqual({
      files: ['002_07ad6c0b32a76128.txt', '004_a694c269b68bac59.txt', '2026-05-01.txt', 'March.txt', 'april.txt'],
      others: ['Archive', 'drafts', 'latest.txt'],
      hidden: [],
    });
  });

  test('lists hidden files and folders apart', async () => {
    await writeFile(join(digests, '002_07ad6c0b32a76128.txt'), 'Daily Papers\n');
    await writeFile(join(digests, '.DS_Store'), '');
    await writeFile(join(digests, '.002_07ad6c0b32a76128.txt.swp'), '');
    await mkdir(join(digests, '.git'));

    expect(await listFolder(digests, 'content/digests', 'digests')).toEqual({
      files: ['002_07ad6c0b32a76128.txt'],
      others: [],
      hidden: ['.002_07ad6c0b32a76128.txt.swp', '.DS_Store', '.git'],
    });
  });

  test('lists a symbolic link to a real file under others, not as a file', async () => {
    await writeFile(join(digests, '004_a694c269b68bac59.txt'), 'Daily Papers\n');
    await symlink(join(digests, '004_a694c269b68bac59.txt'), join(digests, 'latest.txt'));

    expect(await listFolder(digests, 'content/digests', 'digests')).toEqual({
      files: ['004_a694c269b68bac59.txt'],
      others: ['latest.txt'],
      hidden: [],
    });
  });

  test('refuses a missing folder, naming it as shown and saying which folder it is', async () => {
    const error = await rejectedContentError(listFolder(join(digests, 'missing'), 'content/digests', 'digests'));
    expect(error.file).toBe('content/digests');
    expect(error.line).toBeUndefined();
    expect(error.message).toMatch(
      /^content\/digests: cannot read the digests folder: ENOENT: no such file or directory/,
    );
  });

  test('lists nothing for a missing folder when it is optional', async () => {
    expect(await listFolder(join(digests, 'missing'), 'content/papers', 'papers', { optional: true })).toEqual({
      files: [],
      others: [],
      hidden: [],
    });
  });

  test('refuses a file in place of the folder, even when it is optional', async () => {
    await writeFile(join(digests, 'papers'), '');
    const error = await rejectedContentError(
      listFolder(join(digests, 'papers'), 'content/papers', 'papers', { optional: true }),
    );
    expect(error.message).toMatch(/^content\/papers: cannot read the papers folder: ENOTDIR: not a directory/);
  });
});
