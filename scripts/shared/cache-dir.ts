// The build's cache folder, read in one place for Astro's config and for the search index step, which falls back
// to building its index there.

/** Astro's own default cache folder. */
export const DEFAULT_CACHE_DIR = 'node_modules/.astro';

/**
 * The cache folder `ASTRO_CACHE_DIR` names, or undefined when it is unset or empty (Astro's default then). Builds of
 * other content, such as the tests', set it to keep their caches apart from the project's.
 */
export function configuredCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const configured = env.ASTRO_CACHE_DIR;
  return configured === undefined || configured === '' ? undefined : configured;
}
