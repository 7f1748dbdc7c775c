import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Paper pages' HTML and the CSS a paper page loads, gzipped as a static host serves them. */
export interface PageWeight {
  /** Paper pages weighed (an even sample of at most `sample`). */
  pages: number;
  htmlMedianKb: number;
  htmlMaxKb: number;
  /** Stylesheets linked from the heaviest paper page plus its inline `<style>`s, each gzipped. */
  cssKb: number;
}

const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const HREF = /\bhref=["']?([^"'\s>]+)/i;
const ORIGIN = 'http://site.invalid';
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

/** gzip -9, as size tools report it. */
export function gzipKb(data: string | Uint8Array): number {
  return gzipSync(data, { level: 9 }).length / 1024;
}

/** Weighs an even sample of paper pages (paths under `dist`) and the CSS the heaviest one loads. */
export async function pageWeight(
  dist: string,
  base: string,
  paperPages: readonly string[],
  sample = 2000,
): Promise<PageWeight> {
  const step = Math.max(1, Math.ceil(paperPages.length / sample));
  const chosen = paperPages.filter((_, index) => index % step === 0);
  const weighed: { path: string; html: string; kb: number }[] = [];
  for (const path of chosen) {
    const html = await readFile(path, 'utf8');
    weighed.push({ path, html, kb: gzipKb(html) });
  }
  if (weighed.length === 0) return { pages: 0, htmlMedianKb: 0, htmlMaxKb: 0, cssKb: 0 };
  const sizes = weighed.map((page) => page.kb).sort((a, b) => a - b);
  const heaviest = weighed.reduce((most, page) => (page.kb > most.kb ? page : most));
  let cssKb = 0;
  for (const [link] of heaviest.html.matchAll(STYLESHEET)) {
    const href = HREF.exec(link)?.[1];
    if (href === undefined) continue;
    // Resolve the link as the browser does, from the page's own URL, then map the URL back into dist.
    const pageUrl = new URL(`${base}${relative(dist, heaviest.path).split(sep).join('/')}`, ORIGIN);
    const url = new URL(href, pageUrl);
    if (url.origin !== ORIGIN || !url.pathname.startsWith(base)) continue;
    cssKb += gzipKb(await readFile(join(dist, decodeURIComponent(url.pathname.slice(base.length)))));
  }
  for (const [, css] of heaviest.html.matchAll(INLINE_STYLE)) cssKb += gzipKb(css ?? '');
  return {
    pages: weighed.length,
    htmlMedianKb: sizes[Math.floor(sizes.length / 2)] ?? 0,
    htmlMaxKb: sizes.at(-1) ?? 0,
    cssKb,
  };
}
