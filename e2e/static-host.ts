// A built site served as a static host serves it, for tests of a site built apart from the one Playwright previews.
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/** A host serving `root` on a free port of this machine: `origin` to visit, `close` when done. */
export async function serveFolder(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    const answer = (status: number, body: Buffer | string, type = 'text/plain; charset=utf-8'): void => {
      response.writeHead(status, { 'Content-Type': type });
      response.end(body);
    };
    if (!file.startsWith(`${root}${sep}`)) {
      answer(404, 'not found');
      return;
    }
    readFile(file).then(
      (body) => {
        answer(200, body, TYPES[extname(file)] ?? 'application/octet-stream');
      },
      () => {
        answer(404, 'not found');
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        // The browser keeps its connections open; closing waits for them otherwise.
        server.closeAllConnections();
      }),
  };
}
