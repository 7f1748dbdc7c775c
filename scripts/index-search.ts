// The search index step of `npm run build`, after `astro build`:
// `node scripts/index-search.ts [--site DIR] [--work DIR]`.
import { resolve } from 'node:path';
import { parseCli } from './lib/parse-cli.ts';
import { indexSite } from './lib/search-index.ts';

const USAGE = `Usage: node scripts/index-search.ts [--site DIR] [--work DIR]

Indexes the paper pages of the built site for search (Pagefind) into DIR/pagefind/, writing only the index
files that changed since the last build. Fails if Pagefind reports an error or the index would not hold
exactly the paper pages.

  --site DIR    the built site (default dist)
  --work DIR    where the new index is built before it replaces the site's, in a pagefind-next-*
                folder removed afterwards (default: $ASTRO_CACHE_DIR, else node_modules/.astro, the
                build's own cache folder)
  --help        show this help`;

/** The build's cache folder, read as astro.config.mjs reads it: an empty `ASTRO_CACHE_DIR` is no value. */
function buildCacheDir(): string {
  const configured = process.env.ASTRO_CACHE_DIR;
  return configured !== undefined && configured !== '' ? configured : 'node_modules/.astro';
}

async function main(): Promise<number> {
  const cli = parseCli('index-search', USAGE, {
    site: { type: 'string', default: 'dist' },
    work: { type: 'string', default: buildCacheDir() },
  });
  if ('exit' in cli) return cli.exit;
  const started = performance.now();
  try {
    const stats = await indexSite(resolve(cli.values.site), resolve(cli.values.work));
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `index-search: Indexed ${String(stats.pages)} pages for search in ${seconds}s: wrote ${String(stats.written)} index files, kept ${String(stats.kept)}, deleted ${String(stats.deleted)}.`,
    );
    return 0;
  } catch (error) {
    console.error(`index-search: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await main();
