import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { costByKind, searchCost } from './search-cost.ts';

let dist = '';
beforeAll(async () => {
  dist = await mkdtemp(join(tmpdir(), 'search-cost-'));
  for (const [slug, title, day] of [
    ['sinks', 'Attention sinks in long context', '2026-04-20'],
    ['kv', 'KV cache compression without attention loss', '2026-04-21'],
    ['video', 'Video diffusion with temporal layers', '2026-04-20'],
  ] as const) {
    await mkdir(join(dist, 'papers', slug), { recursive: true });
    await writeFile(
      join(dist, 'papers', slug, 'index.html'),
      `<!doctype html><html lang="en"><body><main data-pagefind-body><h1>${title}</h1><span hidden data-pagefind-filter="listed-day:${day}"></span></main></body></html>`,
    );
  }
  const { index } = await pagefind.createIndex();
  if (!index) throw new Error('Pagefind did not start');
  await index.addDirectory({ path: dist });
  await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  await pagefind.close();
});
afterAll(async () => {
  await rm(dist, { recursive: true, force: true });
});

describe('searchCost', () => {
  test('runs a query through Pagefind in Chromium and counts every byte it fetched', async () => {
    const cost = await searchCost(dist, '/', 'attention');
    expect(cost.results).toBe(2);
    const names = cost.requests.map((request) => request.path.split('/').pop() ?? '');
    expect(names).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-entry.json']));
    expect(names.filter((name) => name.startsWith('wasm.'))).toHaveLength(1);
    expect(names.filter((name) => name.endsWith('.pf_meta'))).toHaveLength(1);
    expect(names.filter((name) => name.endsWith('.pf_index')).length).toBeGreaterThan(0);
    expect(names.filter((name) => name.endsWith('.pf_fragment'))).toHaveLength(2);
    expect(cost.kb).toBe(cost.requests.reduce((sum, request) => sum + request.bytes, 0) / 1024);
  }, 60_000);

  test('lists pages by a filter alone, counting the filter’s file', async () => {
    const cost = await searchCost(dist, '/', null, { filters: { 'listed-day': '2026-04-20' } });
    expect(cost.results).toBe(2);
    const names = cost.requests.map((request) => request.path.split('/').pop() ?? '');
    expect(names.filter((name) => name.endsWith('.pf_filter'))).toHaveLength(1);
    expect(names.filter((name) => name.endsWith('.pf_index'))).toEqual([]);
    expect(names.filter((name) => name.endsWith('.pf_fragment'))).toHaveLength(2);
  }, 60_000);
});

describe('costByKind', () => {
  test('groups requests by what they fetched, largest first', () => {
    expect(
      costByKind([
        { path: '/pagefind/pagefind.js', bytes: 2048 },
        { path: '/pagefind/wasm.en.pagefind', bytes: 10_240 },
        { path: '/pagefind/fragment/en_1.pf_fragment', bytes: 512 },
        { path: '/pagefind/fragment/en_2.pf_fragment', bytes: 512 },
      ]),
    ).toBe('wasm 10.0, pagefind.js 2.0, fragments 1.0 (2)');
  });
});
