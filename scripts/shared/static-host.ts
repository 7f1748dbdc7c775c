// A built site served on this machine as GitHub Pages serves it, for what drives a browser at a site of its own: the
// bench's search measurements and the end-to-end test of a site built from a copy of content/.
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
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
/** Pagefind's index, fragment and wasm files are gzipped already; text is gzipped by the host. */
const COMPRESSIBLE = new Set(['.html', '.js', '.json', '.css', '.svg', '.xml', '.txt']);

/**
 * Serves `dist` under `base` as a static host would: a folder's `index.html` for the folder, gzip for text, and the
 * short freshness GitHub Pages gives every file (`max-age=600`), which lets a worker reuse what the page preloaded.
 * `pages` answers extra paths with HTML of its own (a blank page to run scripts on); `served` hears of every answered
 * request.
 */
export async function serveStatic(
  dist: string,
  base = '/',
  { pages = {}, served }: { pages?: Readonly<Record<string, string>>; served?: (request: Served) => void } = {},
): Promise<StaticHost> {
  const server = createServer((request, response) => {
    void (async () => {
      const path = pathOf(request.url);
      const own = path === undefined ? undefined : pages[path];
      if (own !== undefined) {
        response.writeHead(200, { 'content-type': TYPES['.html'] ?? '' }).end(own);
        return;
      }
      const file = path === undefined ? undefined : await fileOf(dist, base, path);
      const body = file === undefined ? undefined : await readFile(file).catch(() => undefined);
      if (path === undefined || file === undefined || body === undefined) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
        return;
      }
      const type = extname(file);
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

/** The decoded path of a request's URL; undefined when it does not decode. */
function pathOf(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

/** The file a path under `base` names in `dist` (a folder's `index.html`); undefined for a path outside either. */
async function fileOf(dist: string, base: string, path: string): Promise<string | undefined> {
  const local = path.startsWith(base) ? normalize(path.slice(base.length)) : undefined;
  if (local === undefined || local.startsWith('..')) return undefined;
  const file = join(dist, local);
  return (await stat(file).catch(() => undefined))?.isDirectory() ? join(file, 'index.html') : file;
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => {
      if (error) reject(error);
      else resolve();
    });
    // A browser keeps its connections open, and closing would wait for them.
    server.closeAllConnections();
  });
}
