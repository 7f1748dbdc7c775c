import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { gzipKb, pageWeight } from './page-weight.ts';

let dist = '';
beforeEach(async () => {
  dist = await mkdtemp(join(tmpdir(), 'page-weight-'));
});
afterEach(async () => {
  await rm(dist, { recursive: true, force: true });
});

async function write(path: string, text: string): Promise<string> {
  await mkdir(join(dist, path, '..'), { recursive: true });
  await writeFile(join(dist, path), text);
  return join(dist, path);
}

describe('pageWeight', () => {
  test('weighs paper pages gzipped and the CSS the heaviest one loads, linked and inline', async () => {
    const css = 'body { color: black; }\n'.repeat(40);
    await write('_astro/site.css', css);
    await write('_astro/print.css', '@media print { nav { display: none } }');
    const light = await write(
      'papers/a/index.html',
      '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><p>short</p>',
    );
    const heavyHtml = `<!doctype html><link href="../../_astro/site.css" rel=stylesheet><link rel="stylesheet" href="/_astro/print.css"><style>p{margin:0}</style><p>${'a long abstract '.repeat(300)}</p>`;
    const heavy = await write('papers/b/index.html', heavyHtml);

    const weight = await pageWeight(dist, '/', [light, heavy]);

    expect(weight.pages).toBe(2);
    expect(weight.htmlMaxKb).toBe(gzipKb(heavyHtml));
    expect(weight.htmlMedianKb).toBe(gzipKb(heavyHtml));
    expect(weight.cssKb).toBeCloseTo(
      gzipKb(css) + gzipKb('@media print { nav { display: none } }') + gzipKb('p{margin:0}'),
      10,
    );
  });

  test('resolves stylesheets under a base path and samples at most the given number of pages', async () => {
    await write('_astro/site.css', 'p{}');
    const pages = await Promise.all(
      ['a', 'b', 'c', 'd'].map((slug) =>
        write(`papers/${slug}/index.html`, '<link rel="stylesheet" href="/paper-archive/_astro/site.css">'),
      ),
    );
    const weight = await pageWeight(dist, '/paper-archive/', pages, 2);
    expect(weight.pages).toBe(2);
    expect(weight.cssKb).toBe(gzipKb('p{}'));
  });

  test('weighs nothing when there is no paper page', async () => {
    expect(await pageWeight(dist, '/', [])).toEqual({ pages: 0, htmlMedianKb: 0, htmlMaxKb: 0, cssKb: 0 });
  });
});
