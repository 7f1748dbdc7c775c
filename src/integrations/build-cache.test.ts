import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { CONTENT_CODE } from '../../astro.config.mjs';
import { codeFiles, digestFiles, staleCaches } from './build-cache.ts';

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

  test('notices a file newly added to a folder named', async () => {
    const paths = ['src/schema.ts', 'src/loaders'];
    const before = await digestFiles(root, paths);
    await writeFile(join(root, 'src', 'loaders', 'topics.ts'), 'export {};');
    expect(await digestFiles(root, paths)).not.toBe(before);
  });

  test('fails on a path that names nothing, rather than skip it', async () => {
    await expect(digestFiles(root, ['src/schema.ts', 'scripts/lib'])).rejects.toThrow(
      'the content code list names scripts/lib, which is not there; expected a file or folder (astro.config.mjs)',
    );
  });
});

describe('codeFiles', () => {
  test('lists the files of each folder named, tests and fixtures left out', async () => {
    expect(await codeFiles('.', ['src/model/digests', 'src/model/schema.ts'])).toEqual([
      'src/model/digests/daily-papers-json.ts',
      'src/model/digests/digest-year.ts',
      'src/model/digests/digest.ts',
      'src/model/digests/listing-date.ts',
      'src/model/digests/markdown-capture.ts',
      'src/model/digests/parse-digest.ts',
      'src/model/digests/text-digest.ts',
      'src/model/schema.ts',
    ]);
  });
});

describe("astro.config.mjs's CONTENT_CODE", () => {
  test('names exactly the code the content collections and the Markdown plugins import', async () => {
    const plugins = ['src/lib/safe-markdown.ts', 'src/lib/untrusted-mdx-plugin.ts', 'src/lib/index-breaks-plugin.ts'];
    const { output } = await cruise(['src/content.config.ts', ...plugins], {
      doNotFollow: { path: 'node_modules' },
      tsPreCompilationDeps: true,
      moduleSystems: ['es6'],
      enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'node', 'default', 'types'] },
    });
    const { modules } = output as ICruiseResult;
    const imported = modules
      .filter((module) => !module.coreModule && !module.couldNotResolve && !module.source.startsWith('node_modules/'))
      .map((module) => module.source)
      .sort();
    const listed = await codeFiles('.', CONTENT_CODE);
    expect(listed).toEqual(['astro.config.mjs', ...imported].sort());
  });
});
