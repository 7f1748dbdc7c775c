// Recognises a digest file's format and parses it: the one way into a digest, for ingest and for the site.
import { ContentError } from '../content-error.ts';
import { decodeText } from '../decode-text.ts';
import type { Digest } from './digest.ts';
import { parseDailyPapers } from './daily-papers-json.ts';
import { parseMarkdownCapture } from './markdown-capture.ts';
import { parseTextDigest } from './text-digest.ts';

/** A digest format: the file ending that marks it, its parser, and the largest file it reads. */
interface DigestFormat {
  extension: string;
  parse: (file: string, text: string) => Digest;
  maxBytes?: number;
}

/** Every format `content/digests/` may hold. A new format is a parser and one line here. */
const FORMATS: readonly DigestFormat[] = [
  // The text a browser gives when a listing page is copied.
  { extension: '.txt', parse: parseTextDigest, maxBytes: 8 * 1024 * 1024 },
  // A Markdown capture of a listing page, as a tool that turns web pages into Markdown saved it.
  // Its syntax tree takes far more memory than its text: a real capture of a day's page is a few hundred KB.
  { extension: '.md', parse: parseMarkdownCapture, maxBytes: 2 * 1024 * 1024 },
  // The Hub's daily papers API answer for a day, as `npm run fetch` saves it.
  { extension: '.json', parse: parseDailyPapers, maxBytes: 8 * 1024 * 1024 },
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
  if (format.maxBytes !== undefined && bytes.length > format.maxBytes) {
    const size = (count: number): string => `${(count / 1024 / 1024).toFixed(1)} MB`;
    throw new ContentError(
      file,
      undefined,
      `is ${size(bytes.length)}; expected a ${format.extension} digest of at most ${size(format.maxBytes)} (one day's listing)`,
    );
  }
  return format.parse(file, decodeText(file, bytes));
}
