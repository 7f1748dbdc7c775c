// The incremental build must never serve a page the content no longer says: after a new digest and a hand
// edit, a build that reuses the last one's output must write exactly what a build from scratch writes.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const DIGESTS = ['002_07ad6c0b32a76128.txt', '003_d6250bd47c7b50f6.txt'];
const NEW_DIGEST = '004_a694c269b68bac59.txt';
/** A paper of the first digests whose title and organisation a contributor fixes; no other paper has its organisation. */
const EDITED = 'content/papers/attention-sink-in-transformers-a-survey-on-utilization-interpretation-and.md';

let root = '';

async function ingest(): Promise<void> {
  const content = join(root, 'content');
  await run('node', [
    'scripts/ingest.ts',
    ...['--digests', join(content, 'digests'), '--out', join(content, 'papers'), '--topics', join(content, 'topics')],
  ]);
}

/** Builds the temporary content into `outDir` with its own cache, as `npm run build` does; returns Astro's log. */
async function build(outDir: string, cacheDir: string): Promise<string> {
  const { stdout } = await run('npx', ['astro', 'build', '--outDir', join(root, outDir)], {
    env: { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, cacheDir), BASE: '/' },
    maxBuffer: 64 * 2 ** 20,
  });
  await run('node', ['scripts/index-search.ts', '--site', join(root, outDir)]);
  return stdout;
}

async function files(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(paths.map(async (path) => [relative(dir, path), await readFile(path)] as const)));
}

describe('an incremental build', { timeout: 240_000 }, () => {
  let firstPages: string[] = [];
  let log = '';

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'paper-archive-incremental-'));
    await cp('content/topics', join(root, 'content', 'topics'), { recursive: true });
    await mkdir(join(root, 'content', 'digests'));
    for (const name of DIGESTS) await cp(join('content/digests', name), join(root, 'content', 'digests', name));
    await ingest();
    await build('dist', 'cache');
    firstPages = [...(await files(join(root, 'dist'))).keys()];

    // The next day: a new digest, and a contributor's fix to a paper's title and organisation.
    await cp(join('content/digests', NEW_DIGEST), join(root, 'content', 'digests', NEW_DIGEST));
    await ingest();
    const edited = join(root, EDITED);
    const text = await readFile(edited, 'utf8');
    await writeFile(
      edited,
      text
        .replace(/^title: .*$/m, 'title: "Attention Sink in Transformers: A Survey"')
        .replace('id: meituan-longcat', 'id: meituan'),
    );
    log = await build('dist', 'cache');
    await build('fresh', 'fresh-cache');
  }, 240_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('writes exactly the files a build from scratch writes, byte for byte', async () => {
    const incremental = await files(join(root, 'dist'));
    const fresh = await files(join(root, 'fresh'));
    expect([...incremental.keys()].sort()).toEqual([...fresh.keys()].sort());
    const differing = [...fresh].filter(([path, bytes]) => !incremental.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  test('kept most pages from the last build and rendered the changed ones again', () => {
    const kept = log.match(/\(cached\)/g)?.length ?? 0;
    const rendered = log.match(/├─ .*\(\+\d+ms\)/g)?.length ?? 0;
    expect(kept).toBeGreaterThan(0);
    expect(rendered).toBeGreaterThan(0);
    expect(log).toMatch(
      /├─ \/papers\/attention-sink-in-transformers-a-survey-on-utilization-interpretation-and\/index\.html \(\+/,
    );
  });

  test('removed the pages the content no longer has', async () => {
    expect(firstPages).toContain('orgs/meituan-longcat/index.html');
    const now = await files(join(root, 'dist'));
    expect(now.has('orgs/meituan-longcat/index.html')).toBe(false);
    expect(now.has('orgs/meituan/index.html')).toBe(true);
  });
});
