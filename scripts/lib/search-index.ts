// Indexes the built site with Pagefind, as the last step of `npm run build` (scripts/index-search.ts), so the
// build alone yields a searchable site. The results are the paper pages, and of each only the part marked
// `data-pagefind-body`. It runs after `astro build` has exited, not inside it: the two processes together held
// 2.6-2.9 GB at 10k papers, each alone at most 1.8 GB.
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { readFolder, syncIndex, type IndexFile } from './sync-index.ts';

/** What one indexing run did. */
export interface IndexStats {
  /** Paper pages Pagefind read. */
  files: number;
  /** Pages that became search results. */
  pages: number;
  /** Where the index went. */
  outputPath: string;
  /** Index files written (new or changed), left as they were, and deleted. */
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
 * Pagefind's ready-made interfaces, which the site does not use (it has its own search page): leaving them
 * out keeps about 430 KB of unused script off the host.
 */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * A page without `data-pagefind-body`, added to every index. Pagefind leaves such pages out as soon as one page it
 * read has the attribute, and indexes every page whole when none has: finding this one in the index means the paper
 * pages lost their marker, and their navigation and related-paper lists would be searched too.
 */
const UNMARKED_PAGE = {
  url: '/pagefind-unmarked-page/',
  content: '<!doctype html><html><body><main><h1>Unmarked page</h1><p>Never a search result.</p></main></body></html>',
};

/**
 * Indexes the paper pages of `site` ({@link PAPER_PAGES}) into `site/pagefind/`, writing only the index files
 * that changed since the last build and deleting those no longer used. Result URLs are the files' paths from
 * `site` (`/papers/<slug>/`), without the base path: the search page adds it with Pagefind's `baseUrl` option.
 * Throws, leaving the folder as it was, when Pagefind reports an error, finds no paper page, or indexes other
 * than exactly the paper pages it read (a page without `data-pagefind-body`, or every page whole), so a build
 * never ships a search that finds nothing, misses papers, or searches page chrome.
 */
export async function indexSite(site: string): Promise<IndexStats> {
  const outputPath = join(site, 'pagefind');
  // The last build's index is read while Pagefind works, which leaves one of the two cores idle most of the time.
  const current = readFolder(outputPath);
  void current.catch(() => undefined);
  const { files, index } = await buildIndex(site);
  const pages = indexedPages(index);
  if (pages === files + 1) {
    throw new Error(
      `Pagefind indexed the ${String(files)} paper pages in ${site} whole: none is marked data-pagefind-body, so navigation and listings would be searched.`,
    );
  }
  if (pages !== files) {
    throw new Error(
      `Pagefind read ${String(files)} paper pages in ${site} but indexed ${String(pages)}: a paper page without data-pagefind-body or without text is left out of search.`,
    );
  }
  const next = index.filter((file) => !UNUSED_BUNDLE_FILES.test(file.path));
  const synced = await syncIndex(outputPath, next, await current);
  return { files, pages, outputPath, ...synced };
}

/**
 * Pagefind's index of the paper pages of `site` and of {@link UNMARKED_PAGE}, in memory, with the number of paper
 * pages read. Stops Pagefind's process once done, which frees its memory (1.6 GB at 10k papers) before the
 * index is written.
 */
async function buildIndex(site: string): Promise<{ files: number; index: IndexFile[] }> {
  // Smaller index chunks: a first query loads the whole chunk holding each of its words, which Pagefind's
  // default (20k word positions a chunk) makes 40-90 KB at 10k papers; 5000 cut realistic two-word first
  // queries by 15-20% (BENCHMARKS.md). Pagefind calls the setting unstable: were it dropped, indexing would
  // simply use the default again. Its indexer, started below, inherits this environment.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '5000';
  try {
    const created = await pagefind.createIndex();
    const { index } = created;
    if (index === undefined || created.errors.length > 0) {
      throw new Error(`Pagefind could not start an index:\n${created.errors.join('\n')}`);
    }
    const added = await index.addDirectory({ path: site, glob: PAPER_PAGES });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index the pages in ${site}:\n${added.errors.join('\n')}`);
    }
    if (added.page_count === 0) {
      throw new Error(`Pagefind found no paper page (${PAPER_PAGES}) in ${site} to index.`);
    }
    const probe = await index.addHTMLFile(UNMARKED_PAGE);
    if (probe.errors.length > 0) {
      throw new Error(`Pagefind could not index a page:\n${probe.errors.join('\n')}`);
    }
    const built = await index.getFiles();
    if (built.errors.length > 0) {
      throw new Error(`Pagefind could not build its index of ${site}:\n${built.errors.join('\n')}`);
    }
    return { files: added.page_count, index: built.files };
  } finally {
    await pagefind.close();
  }
}

/** The number of pages in an index, from its entry file (one count per language). */
function indexedPages(files: readonly IndexFile[]): number {
  const file = files.find((candidate) => candidate.path === 'pagefind-entry.json');
  if (file === undefined) throw new Error('Pagefind built an index without its pagefind-entry.json.');
  const entry = JSON.parse(new TextDecoder().decode(file.content)) as {
    languages?: Record<string, { page_count?: number }>;
  };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}
