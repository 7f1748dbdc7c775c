// Indexes the built site with Pagefind at the end of every build, so `npm run build` alone yields a searchable
// site. Only pages marked `data-pagefind-body` (the paper pages) become results.
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** What one indexing run did. */
export interface IndexStats {
  /** HTML files Pagefind read. */
  files: number;
  /** Pages that became search results. */
  pages: number;
  /** Where the index went. */
  outputPath: string;
}

/**
 * Pagefind's ready-made interfaces, which the site does not use (it has its own search page): leaving them
 * out keeps about 430 KB of unused script off the host.
 */
const UNUSED_BUNDLE_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/**
 * Indexes every HTML file under `site` into `site/pagefind/`, replacing any index there. Result URLs are
 * the files' paths from `site` (`/papers/<slug>/` for `papers/<slug>/index.html`, whatever `build.format`
 * wrote), without the base path: the search page adds it with Pagefind's `baseUrl` option. Throws when
 * Pagefind reports an error, indexes no page, or indexes every page (no `data-pagefind-body`), so a build
 * never ships a search that finds nothing or finds listings.
 */
export async function indexSite(site: string): Promise<IndexStats> {
  try {
    const created = await pagefind.createIndex();
    const { index } = created;
    if (index === undefined || created.errors.length > 0) {
      throw new Error(`Pagefind could not start an index:\n${created.errors.join('\n')}`);
    }
    const added = await index.addDirectory({ path: site });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind could not index the pages in ${site}:\n${added.errors.join('\n')}`);
    }
    const outputPath = join(site, 'pagefind');
    // Index files are named by their content: an earlier index's would only pile up.
    await rm(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind could not write its index to ${outputPath}:\n${written.errors.join('\n')}`);
    }
    const pages = await indexedPages(outputPath);
    if (pages === 0) {
      throw new Error(`Pagefind read ${String(added.page_count)} HTML files in ${site} and indexed no page.`);
    }
    // Without data-pagefind-body anywhere, Pagefind indexes every page whole, listings and all.
    if (pages === added.page_count) {
      throw new Error(
        `Pagefind indexed all ${String(pages)} HTML files in ${site}: no page is marked data-pagefind-body, so listing and navigation pages would be results.`,
      );
    }
    await Promise.all(
      (await readdir(outputPath))
        .filter((name) => UNUSED_BUNDLE_FILES.test(name))
        .map((name) => rm(join(outputPath, name))),
    );
    return { files: added.page_count, pages, outputPath };
  } finally {
    await pagefind.close();
  }
}

/** The number of pages in the written index, from its entry file (one count per language). */
async function indexedPages(outputPath: string): Promise<number> {
  const file = join(outputPath, 'pagefind-entry.json');
  const entry = JSON.parse(await readFile(file, 'utf8')) as { languages?: Record<string, { page_count?: number }> };
  return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0);
}

/** The Astro integration: indexes the output directory once the build has written it. */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'paper-archive:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const stats = await indexSite(fileURLToPath(dir));
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `Indexed ${String(stats.pages)} pages for search (of ${String(stats.files)} HTML files) in ${seconds}s.`,
        );
      },
    },
  };
}
