// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import { configuredCacheDir } from './scripts/search-index/cache-dir.ts';
import { buildCacheIntegration } from './src/integrations/build-cache.ts';
import { staleOutputIntegration } from './src/integrations/stale-output.ts';
import { safeMarkdownHast, safeMarkdownMdast } from './src/lib/safe-markdown.ts';

// The hosted site's URL and base path come from the environment, so the same build serves
// https://example.org/ and https://user.github.io/paper-archive/ alike.
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

// "Edit this page" links: REPO_URL wins; on GitHub Actions the repository being built is the default.
const githubRepository = process.env.GITHUB_REPOSITORY
  ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}`
  : undefined;

const cacheDir = configuredCacheDir();

export default defineConfig({
  site,
  base,
  // Builds of other content (the tests' own) keep their caches apart, so they never undo the project's.
  ...(cacheDir === undefined ? {} : { cacheDir }),
  trailingSlash: 'always',
  // After the sitemap is written, what earlier builds left in dist/ goes, except the search index: `npm run build`
  // indexes the pages once `astro build` is done (scripts/index-search.ts), and that step keeps pagefind/ up to date.
  integrations: [
    // The code that validates and renders content entries (the schema, the loaders, the safe-Markdown plugins and
    // what they import from scripts/lib, taken whole): when it changes, the build reads every entry again.
    buildCacheIntegration([
      'astro.config.mjs',
      'src/content.config.ts',
      'src/schema.ts',
      'src/loaders',
      'src/lib/safe-markdown.ts',
      'src/lib/digest-listing.ts',
      'scripts/lib',
    ]),
    mdx(),
    sitemap(),
    staleOutputIntegration(['pagefind']),
  ],
  // Pages whose getStaticPaths entry has a `cacheKey` (src/lib/cache-key.ts) are rendered again only when the
  // key or the page's code changed; the rest are kept from the last build (dist/ and node_modules/.astro).
  experimental: { incrementalBuild: true },
  env: {
    schema: {
      REPO_URL: envField.string({
        context: 'server',
        access: 'public',
        url: true,
        default: githubRepository ?? 'https://github.com/paper-archive/paper-archive',
      }),
      REPO_BRANCH: envField.string({ context: 'server', access: 'public', default: 'main' }),
    },
  },
  // Paper files are contributed Markdown: raw HTML, images and script links never become markup.
  // The plugins skip MDX, which is code written by maintainers.
  markdown: {
    processor: satteri({ mdastPlugins: [safeMarkdownMdast], hastPlugins: [safeMarkdownHast] }),
  },
  build: {
    // One cached stylesheet for every page keeps each page's HTML small.
    inlineStylesheets: 'never',
    // Pages are rendered eight at a time: one at a time, the build mostly waited on creating folders and files
    // (two of each per page with the incremental cache). 10k papers: 48 s -> 32 s; 16 was no faster.
    concurrency: 8,
  },
  vite: {
    build: {
      // dist/ is kept between builds so unchanged pages stay where they are (emptying it took 4-17 s at 10k
      // papers); the stale-output integration removes what this build did not write.
      emptyOutDir: false,
      // The Content-Security-Policy forbids inline script, so no script is inlined however small: each stays
      // an external module. Other assets keep Vite's default (inline below 4 KB).
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
    },
  },
});
