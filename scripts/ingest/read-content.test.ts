import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { ErrorCollector } from '../../src/model/content-error.ts';
import { readContentFolder, readPaperFiles } from './read-content.ts';

const PAPER = 'fit-far-reaching-interleaved-transformers.md';

let root = '';
let digests = '';
let papers = '';
const show = (path: string): string => relative(root, path);

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'read-content-'));
  digests = join(root, 'digests');
  papers = join(root, 'papers');
  await cp('content/digests', digests, { recursive: true });
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** What a read stage gives, and the messages of the problems it reports, thrown or collected. */
async function read<T>(
  stage: (errors: ErrorCollector) => Promise<T>,
): Promise<{ read: T | undefined; problems: string[] }> {
  const errors = new ErrorCollector();
  const result = await errors.attemptAsync(() => stage(errors));
  return { read: result, problems: errors.errors.map((error) => error.message) };
}

describe('readContentFolder', () => {
  test('reads the bytes of every file, named as messages show them, and reports a hidden one by name', async () => {
    await writeFile(join(digests, '.DS_Store'), '');
    const { read: files, problems } = await read((errors) => readContentFolder(digests, show, 'digests', errors));
    expect(problems).toEqual([
      'digests/.DS_Store: is hidden (its name starts with a dot); expected nothing hidden in the digests folder: remove it',
    ]);
    expect(files).toEqual([
      {
        name: '002_07ad6c0b32a76128.txt',
        file: 'digests/002_07ad6c0b32a76128.txt',
        bytes: await readFile('content/digests/002_07ad6c0b32a76128.txt'),
      },
      {
        name: '003_d6250bd47c7b50f6.txt',
        file: 'digests/003_d6250bd47c7b50f6.txt',
        bytes: await readFile('content/digests/003_d6250bd47c7b50f6.txt'),
      },
      {
        name: '004_a694c269b68bac59.txt',
        file: 'digests/004_a694c269b68bac59.txt',
        bytes: await readFile('content/digests/004_a694c269b68bac59.txt'),
      },
      {
        name: '2026-10-02.md',
        file: 'digests/2026-10-02.md',
        bytes: await readFile('content/digests/2026-10-02.md'),
      },
    ]);
  });

  test('reports a sub-folder and a symbolic link, each by name, and still reads every plain file', async () => {
    await mkdir(join(digests, 'drafts'));
    await symlink(join(digests, '004_a694c269b68bac59.txt'), join(digests, 'latest.txt'));
    const { read: files, problems } = await read((errors) => readContentFolder(digests, show, 'digests', errors));
    expect(problems).toEqual([
      'digests/drafts: is not a plain file; expected only files in the digests folder',
      'digests/latest.txt: is not a plain file; expected only files in the digests folder',
    ]);
    expect(files?.map((file) => file.name)).toEqual([
      '002_07ad6c0b32a76128.txt',
      '003_d6250bd47c7b50f6.txt',
      '004_a694c269b68bac59.txt',
      '2026-10-02.md',
    ]);
  });

  test('refuses a missing folder by name, unless it is optional', async () => {
    const missing = join(root, 'missing');
    const { problems } = await read((errors) => readContentFolder(missing, show, 'digests', errors));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^missing: cannot read the digests folder: ENOENT/);
    expect(await read((errors) => readContentFolder(missing, show, 'digests', errors, { optional: true }))).toEqual({
      read: [],
      problems: [],
    });
  });
});

describe('readPaperFiles', () => {
  test('gives the slug, the shown path and the text of each paper file', async () => {
    await mkdir(papers);
    await cp(join('content/papers', PAPER), join(papers, PAPER));
    expect(await read((errors) => readPaperFiles(papers, show, errors))).toEqual({
      problems: [],
      read: [
        {
          slug: 'fit-far-reaching-interleaved-transformers',
          file: 'papers/fit-far-reaching-interleaved-transformers.md',
          text: await readFile(join('content/papers', PAPER), 'utf8'),
        },
      ],
    });
  });

  test('gives no papers when the folder is not there yet', async () => {
    expect(await read((errors) => readPaperFiles(papers, show, errors))).toEqual({ read: [], problems: [] });
  });

  test('refuses a file that is not Markdown, by name', async () => {
    await mkdir(papers);
    await cp(join('content/papers', PAPER), join(papers, PAPER));
    await writeFile(join(papers, 'notes.txt'), 'A note a reader left.\n');
    const { read: files, problems } = await read((errors) => readPaperFiles(papers, show, errors));
    expect(problems).toEqual(['papers/notes.txt: expected only Markdown paper files (<slug>.md) in the papers folder']);
    expect(files?.map((file) => file.slug)).toEqual(['fit-far-reaching-interleaved-transformers']);
  });

  test('refuses a paper file that is not UTF-8, naming the line', async () => {
    await mkdir(papers);
    // The real paper saved by an editor as Latin-1, with an é in its title (line 2).
    const text = (await readFile(join('content/papers', PAPER), 'utf8')).replace('Transformers"', 'Transformérs"');
    await writeFile(join(papers, PAPER), Buffer.from(text, 'latin1'));
    const { problems } = await read((errors) => readPaperFiles(papers, show, errors));
    expect(problems).toEqual([
      'papers/fit-far-reaching-interleaved-transformers.md:2: expected UTF-8 text, found bytes that are not valid UTF-8',
    ]);
  });
});

describe('readContentFolder limits', () => {
  test('refuses a file larger than the folder allows, naming its size', async () => {
    const { read: files, problems } = await read((errors) =>
      readContentFolder(digests, show, 'digests', errors, { maxBytes: 64 * 1024 }),
    );
    expect(problems).toEqual(['digests/2026-10-02.md: is 201 KB; expected at most 64 KB']);
    expect(files?.map((file) => file.name)).toEqual([
      '002_07ad6c0b32a76128.txt',
      '003_d6250bd47c7b50f6.txt',
      '004_a694c269b68bac59.txt',
    ]);
  });
});
