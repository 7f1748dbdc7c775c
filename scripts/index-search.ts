// The search index step of `npm run build`, after `astro build`:
// `node scripts/index-search.ts [--site DIR] [--work DIR]`.
import { resolve } from 'node:path';
import { parseCli } from './shared/parse-cli.ts';
import { configuredCacheDir, DEFAULT_CACHE_DIR } from './shared/cache-dir.ts';
import { indexSite } from './search-index/search-index.ts';
import { indexWorkFolder } from './search-index/work-folder.ts';

const USAGE = `Usage: node scripts/index-search.ts [--site DIR] [--work DIR]

Indexes the paper pages of the built site for search (Pagefind) into DIR/pagefind/, writing only the index
files that changed since the last build. Fails if Pagefind reports an error or the index would not hold
exactly the paper pages.

  --site DIR    the built site (default dist)
  --work DIR    where the new index is built before it replaces the site's, in a folder of its own
                (paper-archive-index-*) removed afterwards. Default: /dev/shm, Linux's folder in
                memory, when it is writable and has 16 KB a paper and 1 MB more free; else
                $ASTRO_CACHE_DIR, else node_modules/.astro, the build's own cache folder
  --help        show this help`;

async function main(): Promise<number> {
  const cli = parseCli('index-search', USAGE, {
    site: { type: 'string', default: 'dist' },
    work: { type: 'string' },
  });
  if ('exit' in cli) return cli.exit;
  const started = performance.now();
  const cache = configuredCacheDir() ?? DEFAULT_CACHE_DIR;
  try {
    const stats = await indexSite(
      resolve(cli.values.site),
      cli.values.work ?? ((pages) => indexWorkFolder(pages, cache)),
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `index-search: Indexed ${stats.pages} pages for search in ${seconds}s: wrote ${stats.written} index files, kept ${stats.kept}, deleted ${stats.deleted} (built in ${stats.work}).`,
    );
    return 0;
  } catch (error) {
    console.error(`index-search: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
