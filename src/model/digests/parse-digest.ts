// Recognises a digest file's format and parses it: the one way into a digest, for ingest and for the site.
import { ContentError } from '../content-error.ts';
import { decodeText } from '../decode-text.ts';
import { fileSizeProblem, MAX_CAPTURE_BYTES, MAX_JSON_DIGEST_BYTES, MAX_TEXT_DIGEST_BYTES } from '../limits.ts';
import type { Digest } from './digest.ts';
import { parseDailyPapers } from './daily-papers-json.ts';
import { parseMarkdownCapture } from './markdown-capture.ts';
import { parseTextDigest } from './text-digest.ts';

/** A digest format: the file ending that marks it, its parser, and the largest file it reads. */
interface DigestFormat {
  extension: string;
  parse: (file: string, text: string) => Digest;
  maxBytes: number;
}

/** Every format `content/digests/` may hold. A new format is a parser and one line here. */
const FORMATS: readonly DigestFormat[] = [
  // The text a browser gives when a listing page is copied.
  { extension: '.txt', parse: parseTextDigest, maxBytes: MAX_TEXT_DIGEST_BYTES },
  // A Markdown capture of a listing page, as a tool that turns web pages into Markdown saved it.
  { extension: '.md', parse: parseMarkdownCapture, maxBytes: MAX_CAPTURE_BYTES },
  // The Hub's daily papers API answer for a day, as `npm run fetch` saves it.
  { extension: '.json', parse: parseDailyPapers, maxBytes: MAX_JSON_DIGEST_BYTES },
];

/** The format a file's name says it is in, if any. */
function formatOf(name: string): DigestFormat | undefined {
  return FORMATS.find((format) => name.endsWith(format.extension));
}

/** Whether a file name is that of a digest in a known format. */
export function isDigestFile(name: string): boolean {
  return formatOf(name) !== undefined;
}

/** The file name without its format's ending: what names the digest. */
export function digestId(name: string): string {
  const format = formatOf(name);
  return format === undefined ? name : name.slice(0, -format.extension.length);
}

/**
 * Reads a digest file's bytes: recognises its format by its name, decodes the text and parses it. Anything that is
 * not a digest in a known format is a ContentError naming the file and what was expected.
 */
export function parseDigest(file: string, bytes: Uint8Array): Digest {
  const format = formatOf(file);
  if (format === undefined) {
    const names = FORMATS.map((each) => `<name>${each.extension}`).join(' or ');
    throw new ContentError(file, undefined, `expected digest files named ${names} in the digests folder`);
  }
  const tooLarge = fileSizeProblem(bytes.length, format.maxBytes, `a ${format.extension} digest`);
  if (tooLarge !== undefined) throw new ContentError(file, undefined, `${tooLarge} (one day's listing)`);
  return format.parse(file, decodeText(file, bytes));
}
