// The incremental build must never serve a page the content or the code no longer says: after a new digest and a
// hand edit, and after a change to the code that makes contributed Markdown safe, a build that reuses the last
// one's output must write exactly what a build from scratch writes; after a change that splits the stylesheet,
// every page kept from the last build must still find what it loads. Builds run in a copy of the project.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const PROJECT_FILES = ['package.json', 'astro.config.mjs', 'tsconfig.json', 'src', 'scripts', 'public'];
const DIGESTS = ['002_07ad6c0b32a76128.txt', '003_d6250bd47c7b50f6.txt'];
const NEW_DIGEST = '004_a694c269b68bac59.txt';
/**
 * The daily papers API's answer for a day, which names the authors of two papers: Titans, listed by the first
 * digests, and the latent diffusion paper, listed by the new one.
 */
const NAMES_DIGEST = 'src/model/fixtures/daily-papers-2025-01-01.json';
/** A paper of the first digests whose title and organisation a contributor fixes; no other paper has its organisation. */
const EDITED = 'content/papers/attention-sink-in-transformers-a-survey-on-utilization-interpretation-and.md';

let root = '';
let project = '';

async function ingest(): Promise<void> {
  const content = join(root, 'content');
  await run('node', [
    'scripts/ingest.ts',
    ...['--digests', join(content, 'digests'), '--out', join(content, 'papers'), '--topics', join(content, 'topics')],
  ]);
}

/** Builds the temporary content into `outDir` with its own cache, as `npm run build` does; returns Astro's log. */
async function build(outDir: string, cacheDir: string): Promise<string> {
  const env = { ...process.env, CONTENT_DIR: join(root, 'content'), ASTRO_CACHE_DIR: join(root, cacheDir), BASE: '/' };
  const { stdout } = await run('npx', ['astro', 'build', '--outDir', join(root, outDir)], {
    cwd: project,
    env,
    maxBuffer: 64 * 2 ** 20,
  });
  await run('node', ['scripts/index-search.ts', '--site', join(root, outDir), '--work', join(root, cacheDir)], {
    cwd: project,
  });
  return stdout;
}

async function files(dir: string): Promise<Map<string, Buffer>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const paths = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return new Map(await Promise.all(paths.map(async (path) => [relative(dir, path), await readFile(path)] as const)));
}

/** The files of `fresh` that `incremental` lacks, has too many of, or holds other bytes for. */
async function differences(incremental: string, fresh: string): Promise<string[]> {
  const [a, b] = await Promise.all([files(join(root, incremental)), files(join(root, fresh))]);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => !(a.get(path)?.equals(b.get(path) ?? Buffer.alloc(0)) ?? false)).sort();
}

async function edit(file: string, change: (text: string) => string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const changed = change(text);
  if (changed === text) throw new Error(`the edit to ${file} changed nothing`);
  await writeFile(file, changed);
}

describe('an incremental build', { timeout: 300_000 }, () => {
  let firstPages: string[] = [];
  const logs: Record<string, string> = {};
  const differing: Record<string, string[]> = {};

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'paper-archive-incremental-'));
    project = join(root, 'project');
    for (const path of PROJECT_FILES) await cp(path, join(project, path), { recursive: true });
    await symlink(resolve('node_modules'), join(project, 'node_modules'), 'dir');
    await cp('content/topics', join(root, 'content', 'topics'), { recursive: true });
    await mkdir(join(root, 'content', 'digests'));
    for (const name of DIGESTS) await cp(join('content/digests', name), join(root, 'content', 'digests', name));
    await ingest();
    await build('dist', 'cache');
    firstPages = [...(await files(join(root, 'dist'))).keys()];

    // The next day: a new digest, one that names authors, and a contributor's fix to a paper's title and organisation.
    await cp(join('content/digests', NEW_DIGEST), join(root, 'content', 'digests', NEW_DIGEST));
    await cp(NAMES_DIGEST, join(root, 'content', 'digests', '2025-01-01.json'));
    await ingest();
    await edit(join(root, EDITED), (text) =>
      text
        .replace(/^title: .*$/m, 'title: "Attention Sink in Transformers: A Survey"')
        .replace('id: meituan-longcat', 'id: meituan'),
    );
    logs.content = await build('dist', 'cache');
    await build('fresh', 'fresh-cache');
    differing.content = await differences('dist', 'fresh');

    // A change to the code that makes contributed Markdown safe: https links are no longer links.
    await edit(join(project, 'src/lib/safe-markdown.ts'), (text) =>
      text.replace("new Set(['http', 'https', 'mailto'])", "new Set(['http', 'mailto'])"),
    );
    logs.pipeline = await build('dist', 'cache');
    await build('fresh-2', 'fresh-cache-2');
    differing.pipeline = await differences('dist', 'fresh-2');

    // A new page that shares the header but not the page shell: the shared stylesheet is split differently.
    await writeFile(
      join(project, 'src/pages/colophon.astro'),
      '---\nimport Header from \'../components/Header.astro\';\n---\n<html lang="en"><body><Header /><p>Colophon</p></body></html>\n',
    );
    logs.split = await build('dist', 'cache');
  }, 300_000);

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  test('after a new digest and a hand edit, writes exactly what a build from scratch writes', () => {
    expect(differing.content).toEqual([]);
  });

  test('kept pages from the last build rather than rendering all of them', () => {
    const kept = logs.content?.match(/\(cached\)/g)?.length ?? 0;
    expect(kept).toBeGreaterThan(0);
  });

  test('wrote the pages of authors a new digest names', async () => {
    expect(firstPages.some((path) => path.startsWith('authors/') && path !== 'authors/index.html')).toBe(false);
    const now = await files(join(root, 'fresh'));
    expect(now.has('authors/ali-behrouz/index.html')).toBe(true);
    expect(now.has('authors/bjoern-ommer/index.html')).toBe(true);
  });

  test('removed the pages the content no longer has', async () => {
    expect(firstPages).toContain('orgs/meituan-longcat/index.html');
    const now = await files(join(root, 'fresh'));
    expect(now.has('orgs/meituan-longcat/index.html')).toBe(false);
    expect(now.has('orgs/meituan/index.html')).toBe(true);
  });

  test('after a change to the safe-Markdown code, renders what a build from scratch renders', () => {
    expect(logs.pipeline).toMatch(/Dropped .*data-store\.json.*the content code changed/);
    expect(differing.pipeline).toEqual([]);
  });

  test('after the stylesheet is split anew, every page still finds the stylesheets and scripts it loads', async () => {
    expect(logs.split).toMatch(/\(cached\)/);
    const site = await files(join(root, 'dist'));
    const missing = [...site]
      .filter(([path]) => path.endsWith('.html'))
      .flatMap(([path, html]) =>
        [...html.toString('utf8').matchAll(/(?:href|src)="\/(_astro\/[^"]+)"/g)]
          .map((match) => match[1] ?? '')
          .filter((asset) => !site.has(asset))
          .map((asset) => `${path} -> ${asset}`),
      );
    expect(missing).toEqual([]);
  });
});
