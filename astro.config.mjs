// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig, envField } from 'astro/config';
import { configuredCacheDir } from './scripts/shared/cache-dir.ts';
import { buildCacheIntegration } from './src/integrations/build-cache.ts';
import { staleOutputIntegration } from './src/integrations/stale-output.ts';
import { fileURLToPath } from 'node:url';
import { isMovedPage } from './src/lib/moved-pages.ts';
import { indexBreaksHast } from './src/lib/index-breaks-plugin.ts';
import { safeMarkdownHast, safeMarkdownMdast } from './src/lib/safe-markdown.ts';
import { untrustedMdx } from './src/lib/untrusted-mdx-plugin.ts';

// The hosted site's URL and base path come from the environment, so the same build serves
// https://example.org/ and https://user.github.io/paper-archive/ alike.
const site = process.env.SITE ?? 'http://localhost:4321';
const base = process.env.BASE ?? '/';

// "Edit this page" links: REPO_URL wins; on GitHub Actions the repository being built is the default.
const githubRepository = process.env.GITHUB_REPOSITORY
  ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}`
  : undefined;

const cacheDir = configuredCacheDir();

/**
 * The code that turns content into pages, relative to the project root: the collections and what they import (the
 * loaders, the schema, the content model's parsers) and the Markdown plugins. Astro does not notice when it changes,
 * so the build-cache integration reads every entry again then. A path that names nothing fails the build; a test
 * holds this list to exactly what `src/content.config.ts` and the plugins import.
 */
export const CONTENT_CODE = [
  'astro.config.mjs',
  'src/content.config.ts',
  'src/loaders',
  'src/lib/dash-breaks.ts',
  'src/lib/digest-listing.ts',
  'src/lib/index-breaks-plugin.ts',
  'src/lib/safe-markdown.ts',
  'src/lib/untrusted-mdx-plugin.ts',
  'src/model/digests',
  'src/model/limits.ts',
  'src/model/line-lookup.ts',
  'src/model/nesting-depth.ts',
  'src/model/arxiv-id.ts',
  'src/model/clean-latex.ts',
  'src/model/content-error.ts',
  'src/model/content-folder.ts',
  'src/model/decode-text.ts',
  'src/model/frontmatter.ts',
  'src/model/in-parallel.ts',
  'src/model/normalize-links.ts',
  'src/model/paper-identity.ts',
  'src/model/read-content-file.ts',
  'src/model/read-plain-yaml.ts',
  'src/model/schema.ts',
  'src/model/untrusted-mdx.ts',
  'src/model/validate-frontmatter.ts',
  'src/model/walk-tree.ts',
];

export default defineConfig({
  site,
  base,
  // Builds of other content (the tests' own) keep their caches apart, so they never undo the project's.
  ...(cacheDir === undefined ? {} : { cacheDir }),
  trailingSlash: 'always',
  // After the sitemap is written, what earlier builds left in dist/ goes, except the search index: `npm run build`
  // indexes the pages once `astro build` is done (scripts/index-search.ts), and that step keeps pagefind/ up to date.
  integrations: [
    buildCacheIntegration(CONTENT_CODE),
    mdx(),
    // A redirect from an address the site no longer serves is no page of the site.
    sitemap({ filter: (page) => !isMovedPage(page) }),
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
  // Paper files are contributed Markdown: raw HTML, images and script links never become markup. Topic files are
  // contributed MDX: anything in them that is code is refused before it compiles. MDX under src/ is maintainers' code.
  // A paper's abstract then gets the search index's word breaks after its dashes (index-breaks-plugin.ts).
  markdown: {
    processor: satteri({
      mdastPlugins: [safeMarkdownMdast, untrustedMdx(fileURLToPath(new URL('.', import.meta.url)))],
      hastPlugins: [safeMarkdownHast, indexBreaksHast],
    }),
  },
  build: {
    // One cached stylesheet for every page keeps each page's HTML small.
    inlineStylesheets: 'never',
    // Pages are rendered eight at a time: one at a time, the build mostly waited on creating folders and files
    // (two of each per page with the incremental cache); more at once was no faster (BENCHMARKS.md).
    concurrency: 8,
  },
  vite: {
    build: {
      // dist/ is kept between builds so unchanged pages stay where they are (emptying it cost a large archive's
      // build seconds: BENCHMARKS.md); the stale-output integration removes what this build did not write.
      emptyOutDir: false,
      // The Content-Security-Policy forbids inline script, so no script is inlined however small: each stays
      // an external module. Other assets keep Vite's default inlining of small files.
      assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        // Astro wraps each MDX content entry in a module starting with the "use astro:head-inject" directive. Rolldown
        // warns that bundling may not preserve it, but nothing reads it any more: Astro finds these modules by their
        // `?astroPropagatedAssets` id. Only that warning is dropped; https://github.com/withastro/astro/issues/18087
        onLog(level, log, handler) {
          const mdxHeadInject =
            log.code === 'MODULE_LEVEL_DIRECTIVE' &&
            log.message.includes('"use astro:head-inject"') &&
            /\.mdx(\?|$)/.test(log.id ?? '');
          if (!mdxHeadInject) handler(level, log);
        },
      },
    },
  },
});
