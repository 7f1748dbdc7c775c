// Indexes the built site with Pagefind, as the last step of `npm run build` (scripts/index-search.ts), so the
// build alone yields a searchable site. The results are the paper pages, and of each only the part marked
// `data-pagefind-body`. It runs after `astro build` has exited, not inside it: the two processes together hold
// nearly twice the memory of either alone (BENCHMARKS.md).
//
// Pagefind builds a whole new index into an empty folder every time, and the site's pagefind/ is then brought up
// to date from it. Reusing a folder from the last build would let Pagefind skip files it finds there, but it names
// files by 7 hex digits of a hash and hands out names by reading order when two collide, so a kept file could hold
// another page's data (its own source says so); and as a day's papers shift almost every word chunk, it saved
// little of a daily update (BENCHMARKS.md).
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { listFiles } from '../../src/model/list-files.ts';
import { runPagefind } from './run-pagefind.ts';
import { syncIndex } from './sync-index.ts';
import { removeLeftBehind, RUN_FOLDER_PREFIX } from './work-folder.ts';

/** What one indexing run did. */
export interface IndexStats {
  /** Pages that became search results: the paper pages. */
  pages: number;
  /** Where the index went. */
  outputPath: string;
  /** The folder it was built in. */
  work: string;
  /** Index files written to the site (new or changed), left as they were, and deleted. */
  written: number;
  kept: number;
  deleted: number;
}

/**
 * The pages that can be results, relative to the site: one `index.html` per paper (`/papers/<slug>/`). A page
 * elsewhere is never read, whatever its markup; reading only these, not the listing pages too, roughly halves
 * Pagefind's reading time (BENCHMARKS.md).
 */
export const PAPER_PAGES = 'papers/*/index.html';

/**
 * Pagefind's ready-made interfaces, which the site does not use (it has its own search page): leaving them
 * out keeps unused script off the host.
 */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * Indexes the paper pages of `site` ({@link PAPER_PAGES}) into `site/pagefind/`. `workFolder` is where the new index
 * is built, or what chooses it from the number of paper pages (counted once, here). Pagefind writes a new index into
 * a folder of its own under it (`paper-archive-index-…`, so two builds sharing it never mix; those a stopped
 * build left a day ago are deleted first, as in memory they would hold memory), then only the files that changed
 * are written to the site and those no longer used are deleted. Result URLs are the files' paths from `site`
 * (`/papers/<slug>/`), without the base path: the search page adds it with Pagefind's `baseUrl` option.
 * Throws, leaving the site's index as it was, when Pagefind fails, finds no paper page, or indexes other than
 * exactly the paper pages (a page without `data-pagefind-body` would be missing; with none marked, every page would
 * be indexed whole, navigation and listings included).
 */
export async function indexSite(
  site: string,
  workFolder: string | ((pages: number) => Promise<string>),
): Promise<IndexStats> {
  const pages = await countPaperPages(site);
  if (pages === 0) throw new Error(`Pagefind found no paper page (${PAPER_PAGES}) in ${site} to index.`);
  const work = resolve(typeof workFolder === 'string' ? workFolder : await workFolder(pages));
  await mkdir(work, { recursive: true });
  await removeLeftBehind(work);
  const nextIndex = await mkdtemp(join(work, RUN_FOLDER_PREFIX));
  try {
    const printed = await runPagefind({
      site,
      glob: PAPER_PAGES,
      outputPath: nextIndex,
      // Smaller word chunks: a first query loads the whole chunk holding each of its words, so Pagefind's default
      // chunks make a large archive's first query heavy; this size lightens realistic first queries (BENCHMARKS.md).
      // Pagefind calls the setting unstable: were it dropped, the default applies.
      settings: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? '5000' },
    });
    // Pagefind says which way it went; the wording is checked, not guessed, so a change to it fails the build.
    if (!printed.includes('Found a data-pagefind-body element')) {
      throw new Error(
        `Pagefind indexed the ${pages} paper pages in ${site} whole: none is marked data-pagefind-body, so navigation and listings would be searched.`,
      );
    }
    const indexed = await indexedPages(nextIndex);
    if (indexed !== pages) {
      throw new Error(
        `Pagefind read ${pages} paper pages in ${site} but indexed ${indexed}: a paper page without data-pagefind-body or without text is left out of search.`,
      );
    }
    const files = (await listFiles(nextIndex)).filter((path) => !UNUSED_BUNDLE_FILES.test(path));
    const outputPath = join(site, 'pagefind');
    return { pages, outputPath, work, ...(await syncIndex(nextIndex, outputPath, files)) };
  } finally {
    await rm(nextIndex, { recursive: true, force: true });
  }
}

/** The number of paper pages in `site`: folders under papers/ with an index.html. */
async function countPaperPages(site: string): Promise<number> {
  const folders = await readdir(join(site, 'papers'), { withFileTypes: true }).catch(() => []);
  return folders.filter((entry) => entry.isDirectory() && existsSync(join(site, 'papers', entry.name, 'index.html')))
    .length;
}

/** The number of pages in the index in `folder`, from its entry file (one count per language). */
async function indexedPages(folder: string): Promise<number> {
  const entry = JSON.parse(await readFile(join(folder, 'pagefind-entry.json'), 'utf8')) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
