import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type Served } from './static-host.ts';

const PAPER = '<!doctype html><title>Titans: Learning to Memorize at Test Time</title>';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'static-host-'));
  await mkdir(join(root, 'dist', 'papers', 'titans'), { recursive: true });
  await writeFile(join(root, 'dist', 'papers', 'titans', 'index.html'), PAPER);
  await writeFile(join(root, 'secret.txt'), 'outside the site');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

/** A request as a browser makes it, the body as sent (not decompressed). */
function request(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

describe('serveStatic', () => {
  test("serves a folder's index.html under the base path, gzipped for a browser that accepts it", async () => {
    const served: Served[] = [];
    const host = await serveStatic(join(root, 'dist'), '/paper-archive/', { served: (each) => served.push(each) });
    try {
      const plain = await request(`${host.origin}/paper-archive/papers/titans/`);
      expect(plain).toMatchObject({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' } });
      expect(plain.body.toString()).toBe(PAPER);
      expect(plain.headers['cache-control']).toBe('max-age=600');
      const gzipped = await request(`${host.origin}/paper-archive/papers/titans`, { 'accept-encoding': 'gzip' });
      expect(gzipped.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gzipped.body).toString()).toBe(PAPER);
      expect(served).toEqual([
        { path: '/paper-archive/papers/titans/', bytes: PAPER.length },
        { path: '/paper-archive/papers/titans', bytes: gzipped.body.length },
      ]);
    } finally {
      await host.close();
    }
  });

  test('answers its own pages, and nothing outside the base path or the folder', async () => {
    const host = await serveStatic(join(root, 'dist'), '/', { pages: { '/__blank__/': '<!doctype html>' } });
    try {
      expect((await request(`${host.origin}/__blank__/`)).body.toString()).toBe('<!doctype html>');
      for (const path of [
        '/..%2fsecret.txt',
        '/papers/%2e%2e/%2e%2e/%2e%2e/secret.txt',
        '/papers/none/',
        '/%E0%A4%A',
      ]) {
        expect((await request(`${host.origin}${path}`)).status, path).toBe(404);
      }
    } finally {
      await host.close();
    }
  });
});
