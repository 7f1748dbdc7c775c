/**
 * Keys for Astro's incremental build: a page is rendered again only when its `cacheKey` differs from the last
 * build's, so a key must change whenever anything the page shows changes (the page's code is tracked by Astro).
 */
import { createHash } from 'node:crypto';

/** Anything that carries a `revision` (a paper) is keyed by it alone, so a key never re-hashes a whole paper. */
interface Revised {
  revision: string;
}

function isRevised(value: unknown): value is Revised {
  return typeof value === 'object' && value !== null && typeof (value as Partial<Revised>).revision === 'string';
}

function replacer(_key: string, value: unknown): unknown {
  if (isRevised(value)) return value.revision;
  if (value instanceof Map) return [...(value as Map<unknown, unknown>)];
  if (value instanceof Set) return [...(value as Set<unknown>)];
  return value;
}

/** A short digest of `parts` (any JSON-like values, Maps and Sets included; `undefined` counts as `null`). */
export function cacheKey(...parts: unknown[]): string {
  return createHash('sha256').update(JSON.stringify(parts, replacer)).digest('base64url');
}
