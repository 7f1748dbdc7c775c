// The build keeps dist/ between runs (the incremental build copies unchanged pages forward instead of rendering
// them again), so what an earlier build wrote and this one did not is removed at the end: a deleted paper's page,
// a stylesheet under an old hash, a sitemap that shrank. Without this, dist/ would serve pages that no longer exist.
import { mkdir, readFile, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { listFiles, relativePath } from '../model/list-files.ts';

/**
 * The files an earlier build left: of the `files` under the output folder (paths relative to it, with `/`),
 * those that are not one of this build's pages (a page the incremental build kept keeps its old time) and
 * were last written before this build started (`modified`). Folders in `managed` are left to the step that
 * owns them.
 */
export async function staleFiles(
  files: readonly string[],
  pages: ReadonlySet<string>,
  buildStarted: number,
  modified: (path: string) => Promise<number>,
  managed: readonly string[] = [],
): Promise<string[]> {
  const candidates = files.filter(
    (path) => !pages.has(path) && !managed.some((folder) => path === folder || path.startsWith(`${folder}/`)),
  );
  const times = await Promise.all(candidates.map(modified));
  return candidates.filter((_, index) => (times[index] ?? 0) < buildStarted);
}

/** Removes `paths` (relative to `root`) and the folders they leave empty; returns how many files went. */
export async function removeStale(root: string, paths: readonly string[]): Promise<number> {
  await Promise.all(paths.map((path) => rm(join(root, path), { force: true })));
  const folders = new Set(paths.flatMap((path) => ancestors(path)));
  // Deepest first, so a folder is tried after its sub-folders; one that still holds anything stays.
  for (const folder of [...folders].sort((a, b) => b.split('/').length - a.split('/').length)) {
    await rmdir(join(root, folder)).catch(() => undefined);
  }
  return paths.length;
}

function ancestors(path: string): string[] {
  const parts = path.split('/').slice(0, -1);
  return parts.map((_, index) => parts.slice(0, index + 1).join('/'));
}

/**
 * Of the `stale` files, those that a page kept from an earlier build still names (a stylesheet or script chunk):
 * Astro keeps a page whose own code did not change even when the build split shared CSS or scripts into new
 * files, and that page must keep loading the files it was rendered with.
 */
export async function stillLinked(
  stale: readonly string[],
  keptPages: () => Promise<readonly string[]>,
  read: (path: string) => Promise<string>,
): Promise<Set<string>> {
  const wanted = new Map(stale.filter((path) => !path.endsWith('.html')).map((path) => [basename(path), path]));
  const linked = new Set<string>();
  // Finding the kept pages means a look at every page's time: only worth it when an asset went stale.
  const pages = wanted.size > 0 ? await keptPages() : [];
  for (let start = 0; start < pages.length && wanted.size > 0; start += 64) {
    const texts = await Promise.all(pages.slice(start, start + 64).map(read));
    for (const [name, path] of wanted) {
      if (texts.some((text) => text.includes(name))) {
        linked.add(path);
        wanted.delete(name);
      }
    }
  }
  return linked;
}

/** Written into the output folder as the build starts: files older than it are an earlier build's. */
const MARKER = '.stale-output-start';

/** The Astro integration; `managed` folders (the search index) are kept up to date by their own step. */
export function staleOutputIntegration(managed: readonly string[] = []): AstroIntegration {
  let outDir = '';
  return {
    name: 'paper-archive:stale-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': async () => {
        // The file system's own clock, not this process's, says what is older than this build.
        await mkdir(outDir, { recursive: true });
        await writeFile(join(outDir, MARKER), '');
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const root = fileURLToPath(dir);
        const marker = join(root, MARKER);
        const buildStarted = (await stat(marker)).mtimeMs;
        await rm(marker);
        const pages = new Set([...assets.values()].flat().map((url) => relativePath(root, fileURLToPath(url))));
        const modified = async (path: string): Promise<number> => (await stat(join(root, path))).mtimeMs;
        const stale = await staleFiles(await listFiles(root, managed), pages, buildStarted, modified, managed);
        if (stale.length === 0) return;
        // The pages this build kept from an earlier one are those it did not write again.
        const kept = (): Promise<string[]> => staleFiles([...pages], new Set(), buildStarted, modified);
        const linked = await stillLinked(stale, kept, (path) => readFile(join(root, path), 'utf8'));
        const removed = stale.filter((path) => !linked.has(path));
        await removeStale(root, removed);
        logger.info(
          `Removed ${removed.length} file(s) an earlier build wrote and this one did not` +
            (linked.size > 0 ? `; kept ${linked.size} that pages kept from that build still load.` : '.'),
        );
      },
    },
  };
}
