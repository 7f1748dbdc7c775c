import { launchChromium } from './launch-chromium.ts';
import { serveStatic } from '../../shared/static-host.ts';

/** What the first search of a visit downloads from Pagefind's files. */
export interface SearchCost {
  /** The words searched; `null` lists pages by filters alone. */
  query: string | null;
  results: number;
  /** Bytes sent for `/pagefind/` requests, gzipped where a static host gzips (JS, JSON). */
  kb: number;
  requests: { path: string; bytes: number }[];
}

const BLANK = '/__bench__/';

/**
 * Serves `dist` as a static host would (gzip for text), opens a blank page in Chromium and runs one
 * query, with `filters` if any, through Pagefind's JS API as a search page does: load `pagefind.js`, search,
 * then load the first `shown` results. Counts every byte sent for `/pagefind/` files.
 */
export async function searchCost(
  dist: string,
  base: string,
  query: string | null,
  { filters = {}, shown = 5 }: { filters?: Record<string, string>; shown?: number } = {},
): Promise<SearchCost> {
  const requests: { path: string; bytes: number }[] = [];
  const host = await serveStatic(dist, base, {
    pages: { [BLANK]: '<!doctype html><title>bench</title>' },
    served: (request) => {
      if (request.path.startsWith(`${base}pagefind/`)) requests.push(request);
    },
  });
  const { origin } = host;
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}${BLANK}`);
    // A string, not a function: a function's source would be rewritten by whatever transpiles this
    // module (vitest turns import() into its own helper), and the page has none of that.
    const script = `(async () => {
      const pagefind = await import(${JSON.stringify(`${origin}${base}pagefind/pagefind.js`)});
      const search = await pagefind.search(${JSON.stringify(query)}, { filters: ${JSON.stringify(filters)} });
      await Promise.all(search.results.slice(0, ${shown}).map((result) => result.data()));
      return search.results.length;
    })()`;
    const results = Number(await page.evaluate(script));
    return { query, results, kb: requests.reduce((sum, request) => sum + request.bytes, 0) / 1024, requests };
  } finally {
    await browser.close();
    await host.close();
  }
}

/** The requests grouped by what they fetched (`wasm 58.3, index chunks 20.1 (2), ...`), largest first. */
export function costByKind(requests: SearchCost['requests']): string {
  const kinds = new Map<string, { kb: number; count: number }>();
  for (const { path, bytes } of requests) {
    const name = path.split('/').pop() ?? path;
    const kind = name.endsWith('.pf_index')
      ? 'index chunks'
      : name.endsWith('.pf_fragment')
        ? 'fragments'
        : name.endsWith('.pf_filter')
          ? 'filters'
          : name.endsWith('.pf_meta')
            ? 'meta'
            : name.startsWith('wasm.')
              ? 'wasm'
              : name;
    const total = kinds.get(kind) ?? { kb: 0, count: 0 };
    kinds.set(kind, { kb: total.kb + bytes / 1024, count: total.count + 1 });
  }
  return [...kinds.entries()]
    .sort(([, a], [, b]) => b.kb - a.kb)
    .map(([kind, { kb, count }]) => `${kind} ${kb.toFixed(1)}${count > 1 ? ` (${count})` : ''}`)
    .join(', ');
}
