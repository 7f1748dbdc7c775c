/** Pagefind's excerpts as text and highlighted runs, so results are built from text nodes and never from HTML. */

/** A run of an excerpt's text; `mark` when it matched the search. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the character references Pagefind writes into excerpts (`&amp;`, `&#39;`, `&#x27;`, …). */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#x([\da-f]+)|#(\d+)|([a-z]+));/gi,
    (whole, hex?: string, decimal?: string, name?: string) => {
      if (name !== undefined) return NAMED[name.toLowerCase()] ?? whole;
      const code = hex === undefined ? Number(decimal) : Number.parseInt(hex, 16);
      return code > 0x10ffff ? whole : String.fromCodePoint(code);
    },
  );
}

/**
 * Splits an excerpt such as `a <mark>static</mark> site` into its plain and highlighted runs, decoded.
 * Pagefind adds no markup but `<mark>`; anything else that looks like a tag is kept as the text it is.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>' || piece === '</mark>') {
      mark = piece === '<mark>';
      continue;
    }
    if (piece === '') continue;
    const text = decodeEntities(piece);
    const last = parts.at(-1);
    if (last?.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}
