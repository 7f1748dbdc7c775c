import { expect, test } from '@playwright/test';
import { isSafeUrl } from '../src/lib/safe-markdown.ts';
import { at, BASE } from './site.ts';

/** A start tag with its attributes. */
interface Tag {
  name: string;
  attributes: Map<string, string>;
}

// A whole tag, its quoted attribute values included, so text inside a value (`content="a <b>"`) is never
// taken for a tag of its own. Text outside tags cannot hold a raw `<`: the site escapes it.
const TAG = /<([a-z][a-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** The start tags of an HTML page, attribute values decoded. */
function tags(html: string): Tag[] {
  return [...html.matchAll(TAG)].map((match) => ({
    name: (match[1] ?? '').toLowerCase(),
    attributes: new Map(
      [...(match[2] ?? '').matchAll(ATTRIBUTE)].map((attribute) => [
        (attribute[1] ?? '').toLowerCase(),
        decode(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''),
      ]),
    ),
  }));
}

function decode(value: string): string {
  return value.replace(
    /&(?:#x([\da-f]+)|#(\d+)|(amp|quot|lt|gt|apos));/gi,
    (_, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" }[name.toLowerCase()] ?? '';
      return String.fromCodePoint(hex === undefined ? Number(decimal) : Number.parseInt(hex, 16));
    },
  );
}

test('a crawl of the whole site finds no broken internal link, no page outside the sitemap and no script', async ({
  request,
  baseURL,
}) => {
  const origin = new URL(baseURL ?? '').origin;
  const start = new URL(at(''), origin).href;
  const queue = [start];
  const seen = new Set(queue);
  const ids = new Map<string, Set<string>>();
  const fragments: { from: string; to: string; id: string }[] = [];
  const broken: string[] = [];
  const outsideBase: string[] = [];
  const scripts: string[] = [];
  const pages: string[] = [];

  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    const response = await request.get(url);
    if (!response.ok()) {
      broken.push(`${url} answered ${response.status()}`);
      continue;
    }
    if (!(response.headers()['content-type'] ?? '').includes('text/html')) continue;
    pages.push(new URL(url).pathname);
    const html = await response.text();
    const pageTags = tags(html);
    ids.set(url, new Set(pageTags.flatMap((tag) => tag.attributes.get('id') ?? [])));
    const references: string[] = [];
    for (const tag of pageTags) {
      // No inline script: script elements are JSON-LD data or the site's own modules (the search shortcut and
      // the search page), and nothing has a handler.
      const ownModule =
        tag.attributes.get('type') === 'module' && (tag.attributes.get('src') ?? '').startsWith(at('_astro/'));
      if (tag.name === 'script' && tag.attributes.get('type') !== 'application/ld+json' && !ownModule) {
        scripts.push(`${url}: a <script> element`);
      }
      for (const [name, value] of tag.attributes) {
        if (name.startsWith('on')) scripts.push(`${url}: a ${name} handler on <${tag.name}>`);
        if ((name === 'href' || name === 'src') && !isSafeUrl(value)) scripts.push(`${url}: a link to ${value}`);
        if (name === 'href' || name === 'src') references.push(value);
      }
    }
    for (const reference of references) {
      const target = new URL(reference, url);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(BASE)) outsideBase.push(`${url} -> ${reference}`);
      if (target.hash !== '') {
        fragments.push({
          from: url,
          to: target.href.replace(/#.*$/, ''),
          id: decodeURIComponent(target.hash.slice(1)),
        });
      }
      target.hash = '';
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push(target.href);
      }
    }
  }

  expect.soft(broken).toEqual([]);
  expect.soft(outsideBase).toEqual([]);
  expect.soft(scripts).toEqual([]);
  for (const fragment of fragments) {
    expect(ids.get(fragment.to)?.has(fragment.id), `${fragment.from} links to a missing #${fragment.id}`).toBe(true);
  }

  // Every page in the sitemap is reached by following links, and every page reached is in the sitemap.
  const sitemap = await (await request.get(at('sitemap-0.xml'))).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  expect(new Set(pages)).toEqual(new Set(listed));
  expect(pages.length).toBeGreaterThan(200);
});
