import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A request the host answered: its path and the bytes it sent. */
export interface Served {
  path: string;
  bytes: number;
}

/** A static host serving a built site on 127.0.0.1. */
export interface StaticHost {
  origin: string;
  close: () => Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
/** Pagefind's index, fragment and wasm files are gzipped already; text is gzipped by the host. */
const COMPRESSIBLE = new Set(['.html', '.js', '.json', '.css', '.svg', '.xml', '.txt']);

/**
 * Serves `dist` under `base` as a static host would: gzip for text, and the short freshness GitHub Pages gives
 * every file (`max-age=600`), which lets a worker reuse what the page preloaded. `pages` answers extra paths with
 * HTML of its own (a blank page to run scripts on); `served` hears of every answered request.
 */
export async function serveStatic(
  dist: string,
  base: string,
  { pages = {}, served }: { pages?: Readonly<Record<string, string>>; served?: (request: Served) => void } = {},
): Promise<StaticHost> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const own = pages[path];
      if (own !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html'] ?? '' }).end(own);
        return;
      }
      const local = path.startsWith(base) ? normalize(path.slice(base.length)) : undefined;
      let file = local === undefined || local.startsWith('..') ? undefined : join(dist, local);
      if (file !== undefined && (await stat(file).catch(() => undefined))?.isDirectory())
        file = join(file, 'index.html');
      const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
      if (body === undefined) {
        response.writeHead(404).end();
        return;
      }
      const type = extname(file ?? '');
      const gzip = COMPRESSIBLE.has(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']));
      const sent = gzip ? gzipSync(body) : body;
      served?.({ path, bytes: sent.length });
      response
        .writeHead(200, {
          'content-type': TYPES[type] ?? 'application/octet-stream',
          'cache-control': 'max-age=600',
          ...(gzip ? { 'content-encoding': 'gzip' } : {}),
        })
        .end(sent);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => close(server),
  };
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => {
      resolve();
    });
  });
}
