import { describe, expect, test } from 'vitest';
import { configuredCacheDir } from './cache-dir.ts';

describe('configuredCacheDir', () => {
  test('is the folder ASTRO_CACHE_DIR names', () => {
    expect(configuredCacheDir({ ASTRO_CACHE_DIR: '/tmp/cache' })).toBe('/tmp/cache');
  });

  test('is none when ASTRO_CACHE_DIR is unset or empty, so Astro keeps its default', () => {
    expect(configuredCacheDir({})).toBeUndefined();
    expect(configuredCacheDir({ ASTRO_CACHE_DIR: '' })).toBeUndefined();
  });
});
