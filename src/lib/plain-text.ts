/** Plain text from rendered Markdown, and short excerpts of it for descriptions and listings. */
import { INDEX_BREAK_HTML } from './dash-breaks.ts';

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const BLOCK_END = /<\/(?:p|li|h[1-6]|blockquote|pre|tr|div)>|<br\s*\/?>/gi;

/**
 * The text a reader sees in an HTML fragment: the search index's word breaks and tags dropped, character references decoded,
 * whitespace folded.
 */
export function htmlToText(html: string): string {
  return html
    .replace(INDEX_BREAK_HTML, '')
    .replace(BLOCK_END, ' ')
    .replace(/<!--[\s\S]*?-->|<[^>]*>/g, '')
    .replace(/&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/gi, (reference, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? reference;
      const code = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function excerpt(text: string, max: number): string {
  // Listings cut every abstract they show: folding the whole text each time cost more than rendering the entry.
  const head = text
    .slice(0, max * 4)
    .replace(/\s+/g, ' ')
    .trim();
  const folded = head.length > max || text.length <= max * 4 ? head : text.replace(/\s+/g, ' ').trim();
  if (folded.length <= max) return folded;
  const cut = folded.slice(0, max);
  const boundary = cut.lastIndexOf(' ');
  const kept = boundary > max * 0.6 ? cut.slice(0, boundary) : cut.slice(0, max - 1);
  return `${kept.replace(/[\s.,;:!?\-–—]+$/u, '')}…`;
}
