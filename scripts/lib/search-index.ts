// Indexes the built site with Pagefind, as the last step of `npm run build` (scripts/index-search.ts), so the
// build alone yields a searchable site. The results are the paper pages, and of each only the part marked
// `data-pagefind-body`. It runs after `astro build` has exited, not inside it: the two processes together held
// 2.6-2.9 GB at 10k papers, each alone at most 1.8 GB.
//
// Pagefind builds into a folder kept in the build cache, and the site's pagefind/ is then brought up to date
// from it. Pagefind keeps a file it finds there already rather than compressing and writing it again, which
// halves indexing once most pages are unchanged (10 s to 5 s at 10k papers). But it names files by only 7 hex
// digits of a hash of their content, so a name kept from an earlier run may stand for other content now (its own
// source says so): every reused name is checked against what it must hold, and on any doubt the index is built
// again from nothing.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chunkFits, chunkWords, fragmentUrl, indexFiles, readIndexParts, type IndexParts } from './pagefind-files.ts';
import { mapInParallel } from './in-parallel.ts';
import { listFiles } from './list-files.ts';
import { runPagefind } from './run-pagefind.ts';
import { syncIndex } from './sync-index.ts';

/** What one indexing run did. */
export interface IndexStats {
  /** Pages that became search results: the paper pages. */
  pages: number;
  /** Where the index went. */
  outputPath: string;
  /** Fragments and word chunks Pagefind found in the cache folder and did not write again. */
  reused: number;
  /** Whether the index was built from nothing: no cache, or a cache this run could not trust. */
  fresh: boolean;
  /** Index files written to the site (new or changed), left as they were, and deleted. */
  written: number;
  kept: number;
  deleted: number;
}

/**
 * The pages that can be results, relative to the site: one `index.html` per paper (`/papers/<slug>/`). A page
 * elsewhere is never read, whatever its markup; reading only these, not the 4.5k listing pages too, halves
 * Pagefind's reading time at 10k papers.
 */
export const PAPER_PAGES = 'papers/*/index.html';

/**
 * What the cache folder held after the last good run: Pagefind's version, and what each fragment and word chunk
 * there is about (a page's URL; a chunk's first and last word). Absent while Pagefind runs, so a run that dies
 * half way leaves a folder the next run does not trust.
 */
const MANIFEST = 'paper-archive-index.json';

interface Manifest {
  pagefind: string;
  files: Record<string, string | [string, string]>;
}

/**
 * Indexes the paper pages of `site` ({@link PAPER_PAGES}) into `site/pagefind/`, building in `cache/pagefind/`
 * and then writing to the site only the files that changed and deleting those no longer used. Result URLs are
 * the files' paths from `site` (`/papers/<slug>/`), without the base path: the search page adds it with Pagefind's
 * `baseUrl` option. Throws, leaving the site's index as it was, when Pagefind fails, finds no paper page, or
 * indexes other than exactly the paper pages (a page without `data-pagefind-body` would be missing; with none
 * marked, every page would be indexed whole, navigation and listings included).
 */
export async function indexSite(site: string, cache: string): Promise<IndexStats> {
  const urls = await paperPageUrls(site);
  if (urls.size === 0) throw new Error(`Pagefind found no paper page (${PAPER_PAGES}) in ${site} to index.`);
  const staging = join(cache, 'pagefind');
  const built = (await buildIndex(site, staging, urls, true)) ?? (await buildIndex(site, staging, urls, false));
  if (built === undefined) throw new Error(`Pagefind could not index ${site}.`); // a fresh build always answers
  const synced = await syncIndex(staging, join(site, 'pagefind'), indexFiles(built.parts));
  return { pages: urls.size, outputPath: join(site, 'pagefind'), reused: built.reused, fresh: built.fresh, ...synced };
}

/** The URL of every paper page of `site`, as Pagefind gives results: `/papers/<slug>/`. */
async function paperPageUrls(site: string): Promise<Set<string>> {
  const folders = await readdir(join(site, 'papers'), { withFileTypes: true }).catch(() => []);
  return new Set(
    folders
      .filter((entry) => entry.isDirectory() && existsSync(join(site, 'papers', entry.name, 'index.html')))
      .map((entry) => `/papers/${entry.name}/`),
  );
}

/**
 * Builds the index of `site` in `staging`, reusing what the last run left there when `reuse`; resolves to
 * undefined when a reused name turned out to stand for other content, so the caller builds again from nothing.
 */
async function buildIndex(
  site: string,
  staging: string,
  urls: ReadonlySet<string>,
  reuse: boolean,
): Promise<{ parts: IndexParts; reused: number; fresh: boolean } | undefined> {
  const known = reuse ? await readManifest(staging) : undefined;
  // Only fragments and chunks are reused, and only those checked last time: the few other files are always new.
  await keepOnly(staging, new Set(Object.keys(known?.files ?? {})));
  await mkdir(staging, { recursive: true });
  const printed = await runPagefind({
    site,
    glob: PAPER_PAGES,
    outputPath: staging,
    // Smaller word chunks: a first query loads the whole chunk holding each of its words, which Pagefind's default
    // (20k word positions a chunk) makes 40-90 KB at 10k papers; 5000 cut realistic two-word first queries by
    // 15-20% (BENCHMARKS.md). Pagefind calls the setting unstable: were it dropped, the default would apply.
    env: { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ?? '5000' },
  });
  if (!printed.includes('Found a data-pagefind-body element')) {
    throw new Error(
      `Pagefind indexed the ${String(urls.size)} paper pages in ${site} whole: none is marked data-pagefind-body, so navigation and listings would be searched.`,
    );
  }
  const parts = await readIndexParts(staging);
  if (parts.pageCount !== urls.size) {
    throw new Error(
      `Pagefind read ${String(urls.size)} paper pages in ${site} but indexed ${String(parts.pageCount)}: a paper page without data-pagefind-body or without text is left out of search.`,
    );
  }
  // Another version of Pagefind may write other content under the same names.
  if (known !== undefined && known.pagefind !== parts.version) return undefined;
  // What each fragment and chunk is about: known from the last run, else read from the file Pagefind just wrote.
  const files: Manifest['files'] = {};
  let reused = 0;
  await mapInParallel(parts.fragments, async (path) => {
    const url = known?.files[path];
    if (typeof url === 'string') reused++;
    files[path] = typeof url === 'string' ? url : fragmentUrl(await readFile(join(staging, path)));
  });
  await mapInParallel(parts.chunks, async ({ path }) => {
    const words = known?.files[path];
    if (Array.isArray(words)) reused++;
    files[path] = Array.isArray(words) ? words : chunkWords(await readFile(join(staging, path)));
  });
  const urlsFound = parts.fragments.map((path) => files[path]).filter((url) => typeof url === 'string');
  const trusted =
    holdsEveryPageOnce(urlsFound, urls) &&
    parts.chunks.every((chunk) => chunkFits(files[chunk.path] as [string, string], chunk));
  if (!trusted) {
    if (reuse) return undefined;
    throw new Error(`Pagefind built an index of ${site} whose fragments or word chunks do not match its pages.`);
  }
  await keepOnly(staging, new Set(indexFiles(parts)));
  await writeFile(join(staging, MANIFEST), JSON.stringify({ pagefind: parts.version, files } satisfies Manifest));
  return { parts, reused, fresh: known === undefined };
}

/** Whether the fragments' URLs are exactly the paper pages, each once. */
function holdsEveryPageOnce(fragmentUrls: readonly string[], urls: ReadonlySet<string>): boolean {
  const seen = new Set(fragmentUrls);
  return seen.size === fragmentUrls.length && seen.size === urls.size && [...urls].every((url) => seen.has(url));
}

/** The manifest of the last good run in `staging`, or undefined when there is none to trust. */
async function readManifest(staging: string): Promise<Manifest | undefined> {
  try {
    const manifest = JSON.parse(await readFile(join(staging, MANIFEST), 'utf8')) as {
      pagefind?: unknown;
      files?: unknown;
    };
    if (typeof manifest.pagefind === 'string' && typeof manifest.files === 'object' && manifest.files !== null) {
      return manifest as Manifest;
    }
  } catch {
    // none, or unreadable: build from nothing
  }
  return undefined;
}

/** Deletes every file under `folder` but `keep` (paths relative to it, with `/`). */
async function keepOnly(folder: string, keep: ReadonlySet<string>): Promise<void> {
  if (keep.size === 0) {
    await rm(folder, { recursive: true, force: true });
    return;
  }
  const unkept = (await listFiles(folder)).filter((path) => !keep.has(path));
  await mapInParallel(unkept, (path) => rm(join(folder, path), { force: true }));
}
