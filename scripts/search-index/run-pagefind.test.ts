import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { pagefindBinary, runPagefind } from './run-pagefind.ts';

describe('pagefindBinary', () => {
  test('is the program the pagefind package installed for this machine', () => {
    const binary = pagefindBinary({});
    expect(binary).toMatch(/@pagefind[/\\][\w-]+[/\\]bin[/\\]pagefind(?:_extended)?(?:\.exe)?$/);
    expect(existsSync(binary)).toBe(true);
  });

  test('is the one named by the environment, as for npx pagefind', () => {
    expect(pagefindBinary({ PAGEFIND_BINARY_PATH: '/opt/pagefind' })).toBe('/opt/pagefind');
    expect(pagefindBinary({ PAGEFIND_EXTENDED_BINARY_PATH: '/opt/extended' })).toBe('/opt/extended');
    expect(
      pagefindBinary({ PAGEFIND_BINARY_PATH: '/opt/pagefind', PAGEFIND_EXTENDED_BINARY_PATH: '/opt/extended' }),
    ).toBe('/opt/extended');
  });
});

describe('runPagefind', () => {
  let root = '';

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'paper-archive-run-pagefind-'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('indexes the pages the glob names into the output folder, and says what it did', async () => {
    await mkdir(join(root, 'site', 'papers', 'one'), { recursive: true });
    await writeFile(
      join(root, 'site', 'papers', 'one', 'index.html'),
      '<html lang="en"><body><h1>Sinks</h1></body></html>',
    );
    await writeFile(join(root, 'site', 'index.html'), '<html lang="en"><body><h1>Home</h1></body></html>');
    const printed = await runPagefind({
      site: join(root, 'site'),
      glob: 'papers/*/index.html',
      outputPath: join(root, 'out'),
    });
    expect(printed).toContain('Indexed 1 page');
    expect(existsSync(join(root, 'out', 'pagefind-entry.json'))).toBe(true);
  });

  test('fails saying which program it could not start', async () => {
    const missing = join(root, 'no-such-pagefind');
    await expect(
      runPagefind({ site: root, glob: '*.html', outputPath: join(root, 'out') }, { PAGEFIND_BINARY_PATH: missing }),
    ).rejects.toThrow(`could not start Pagefind (${missing})`);
  });

  test('passes Pagefind only the settings it is given, whatever the environment holds', async () => {
    await mkdir(join(root, 'site', 'papers', 'one'), { recursive: true });
    await writeFile(
      join(root, 'site', 'papers', 'one', 'index.html'),
      '<html lang="en"><body><h1>Sinks</h1></body></html>',
    );
    const env = { ...process.env, PAGEFIND_WRITE_PLAYGROUND: 'true' };
    await runPagefind({ site: join(root, 'site'), glob: 'papers/*/index.html', outputPath: join(root, 'out') }, env);
    expect(existsSync(join(root, 'out', 'playground'))).toBe(false);
    // The same variable, given as a setting, does reach it: the test above would see it.
    await runPagefind({
      site: join(root, 'site'),
      glob: 'papers/*/index.html',
      outputPath: join(root, 'out-2'),
      settings: { PAGEFIND_WRITE_PLAYGROUND: 'true' },
    });
    expect(existsSync(join(root, 'out-2', 'playground'))).toBe(true);
  });

  test("fails with Pagefind's own words when there is nothing to index", async () => {
    await expect(
      runPagefind({ site: join(root, 'missing'), glob: 'papers/*/index.html', outputPath: join(root, 'out') }),
    ).rejects.toThrow(/Pagefind \(.+\) exited with 1:[\s\S]*not able to build an index/);
  });
});
