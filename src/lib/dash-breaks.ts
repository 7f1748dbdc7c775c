/**
 * Dashes as word breaks, one rule for the search index and for a query. Pagefind splits a text into words at
 * whitespace only: `KV-cache` is one word to it, at one position, where `KV cache` is two, side by side, so a phrase
 * in quotes could find one spelling and never the other. A paper page therefore gives the index a break after each
 * dash that joins two words (a space the reader never sees, {@link INDEX_BREAK}), and a query is cut at the same
 * dashes: both spellings are then the same words in the same places. A dash next to a single letter or digit
 * (`GPT-4`, `x-ray`, `3-D`) breaks nothing, as Pagefind indexes no such part of a word: `GPT-4` stays one word, as
 * `GPT4` is.
 */

/** A run of dashes of any kind: hyphen, en and em dash, and the others Unicode counts as dashes. */
const DASHES = /(\p{Pd}+)/u;
const LETTERS_OR_DIGITS = /[\p{L}\p{N}]/gu;

/**
 * What the index reads at a break: a tilde, then a space. The space makes the two sides two words. The tilde tells
 * this space from one the paper has, in the text Pagefind gives back with a result, and adds no word to the index:
 * Pagefind drops ASCII punctuation from a word, but keeps any other character that is neither a letter nor a digit
 * (an invisible word joiner, tried first, became a word of its own on every page).
 */
export const INDEX_BREAK = '~ ';

/**
 * The element a break is on a page, for the abstract's Markdown plugin and for the component that writes other text
 * alike: hidden, so it is neither shown, nor read aloud, nor copied with the text, and marked as a break, so that
 * what takes the breaks out of a page's HTML takes those and no other hidden element.
 */
export const INDEX_BREAK_ELEMENT = {
  tagName: 'span',
  attributes: { hidden: true, 'data-index-break': true },
  text: INDEX_BREAK,
} as const;

/** Every break element in HTML as the site renders it, whatever way its attributes are written. */
export const INDEX_BREAK_HTML = new RegExp(
  `<${INDEX_BREAK_ELEMENT.tagName} hidden(?:="")? data-index-break(?:="")?>${INDEX_BREAK}</${INDEX_BREAK_ELEMENT.tagName}>`,
  'g',
);

/** Whether a piece of a word is one Pagefind indexes on its own: two letters or digits or more. */
function isWord(piece: string): boolean {
  return (piece.match(LETTERS_OR_DIGITS)?.length ?? 0) >= 2;
}

/**
 * A word (no whitespace) cut at the dashes that break it, each piece but the last ending in its dashes:
 * `KV-cache` is `KV-`, `cache`; `state-of-the-art` four pieces; `GPT-4-based` is `GPT-4-`, `based`; `GPT-4`,
 * `x-ray`, `pre-` and `—` are one. A dash breaks the word when what comes before it, back to the last break, and
 * the part after it each have two letters or digits.
 */
export function dashPieces(word: string): string[] {
  const [first = '', ...rest] = word.split(DASHES);
  const pieces: string[] = [];
  let piece = first;
  for (let index = 0; index < rest.length; index += 2) {
    const dashes = rest[index] ?? '';
    const next = rest[index + 1] ?? '';
    if (isWord(piece) && isWord(next)) {
      pieces.push(piece + dashes);
      piece = next;
    } else piece += dashes + next;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * A text cut where the index is to read a break ({@link INDEX_BREAK}): the pieces, joined again, are the text.
 * `We compress the KV-cache.` is `We compress the KV-` and `cache.`.
 */
export function indexPieces(text: string): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const run of text.split(/(\s+)/)) {
    const [head = '', ...tail] = /\s/.test(run) ? [run] : dashPieces(run);
    piece += head;
    for (const next of tail) {
      pieces.push(piece);
      piece = next;
    }
  }
  pieces.push(piece);
  return pieces;
}

/**
 * The pieces of `text`, one text of a block among others (the text of its emphasis, its links), cut where the index is
 * to read a break, as {@link indexPieces} cuts the block's whole text: `before` and `after` are the text next to it,
 * enough to hold the words it shares. In `**KV**-cache`, `-cache` is `-` and `cache`.
 */
export function indexPiecesAmong(before: string, text: string, after: string): string[] {
  const whole = indexPieces(before + text + after);
  const pieces: string[] = [];
  let start = 0;
  let offset = -before.length;
  for (const piece of whole.slice(0, -1)) {
    offset += piece.length;
    // A break belongs to the text that holds the dash before it: at its end, it comes after the text.
    if (offset > 0 && offset <= text.length) {
      pieces.push(text.slice(start, offset));
      start = offset;
    }
  }
  pieces.push(text.slice(start));
  return pieces;
}

/** A web address, to its end: its dashes are no words' to write together, and its other marks would join them. */
const WEB_ADDRESS = /\b(?:[a-z][a-z\d+.-]*:\/\/|www\.)\S*/giu;

/**
 * A word's letters, digits and dashes, cut at any other mark but a point or comma within a number (`3.1`): what a
 * dash can break. In `<b>KV-cache</b>`, `KV-cache`; in `Llama-3.1-8B,`, `Llama-3.1-8B`.
 */
const DASHED = /(?:[\p{L}\p{N}\p{Pd}]|(?<=\p{N})[.,](?=\p{N}))+/gu;

/**
 * The words of `texts` that a break cuts, written together as the index compares words (`(KV-Cache),` is
 * `kvcache`), each once. The index finds a paper by these too, so that `pretrained` still finds `pre-trained`, as
 * Pagefind finds a hyphenated word by its letters and digits together. Only what the dashes join is written
 * together, never the marks around it or a web address, which would each give the index one long word no reader
 * types.
 */
export function joinedWords(texts: readonly string[]): string[] {
  const joined = new Set<string>();
  for (const text of texts) {
    for (const [word] of text.replace(WEB_ADDRESS, ' ').matchAll(DASHED)) {
      if (dashPieces(word).length > 1) joined.add(word.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase());
    }
  }
  return [...joined];
}

/** Text from the index (a result's excerpt) with its breaks taken out again: `KV-cache` as the paper has it. */
export function withoutIndexBreaks(text: string): string {
  // A break follows a dash, and the word before it may be marked: `<mark>KV-~</mark> <mark>cache</mark>`. Pagefind
  // trims an excerpt that ends at a break, with no ellipsis after it, so the break's space may be gone: `KV-~`.
  return text.replace(/(\p{Pd})~(<\/mark>)?(?: |$)/gu, '$1$2');
}
