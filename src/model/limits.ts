// How big contributed content may be: generous for real papers and listings, refusing abuse. Each limit is listed
// in CONTRIBUTING.md; the schema and the readers enforce them, each with an error naming the file.

/** A paper file: frontmatter and an abstract come to a few KB. */
export const MAX_PAPER_FILE_BYTES = 64 * 1024;
/** A topic file: frontmatter and a few paragraphs. */
export const MAX_TOPIC_FILE_BYTES = 64 * 1024;
/** A digest of a copied listing page: the page's text, a day's papers with their abstracts. */
export const MAX_TEXT_DIGEST_BYTES = 8 * 1024 * 1024;
/** A digest of the daily papers API's answer for a day: each paper's record as the Hub's JSON gives it. */
export const MAX_JSON_DIGEST_BYTES = 8 * 1024 * 1024;
/** A Markdown capture of a day's page: its syntax tree takes far more memory than its text. */
export const MAX_CAPTURE_BYTES = 2 * 1024 * 1024;
/** A title or a name, in characters. */
export const MAX_TITLE_LENGTH = 500;
/** An abstract (a paper file's body), in characters: arXiv caps abstracts at 1,920, and links add their syntax. */
export const MAX_ABSTRACT_LENGTH = 5_000;
/** Code repositories, other links and topics of one paper. */
export const MAX_REPOS = 20;
export const MAX_LINKS = 50;
export const MAX_TOPICS = 10;
/** Named authors of one paper: the largest collaborations on arXiv list a few thousand. */
export const MAX_AUTHORS = 5_000;
/** Digests that listed one paper. */
export const MAX_APPEARANCES = 2_000;
/** Keywords of one topic. */
export const MAX_KEYWORDS = 200;
/**
 * How deep frontmatter (mappings, lists, `[ ]`, `{ }`) and Markdown (quotes, lists, emphasis) may nest: real files
 * nest a few levels. The parsers recurse or slow down with every level, so deeper files are refused before they parse.
 */
export const MAX_NESTING = 64;

/**
 * Characters no title, name or abstract needs, which can hide or reorder what a reader sees: control characters
 * (a tab or line break aside, in an abstract), and the bidirectional overrides and isolates (the "Trojan source"
 * characters).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
export const HIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/**
 * What is wrong with a file of `length` bytes where at most `maxBytes` are allowed, if anything: both sizes in the
 * unit the limit is stated in, and `what` the file should have been ("a .md digest"), if given.
 */
export function fileSizeProblem(length: number, maxBytes: number, what?: string): string | undefined {
  if (length <= maxBytes) return undefined;
  const size = maxBytes < MEGABYTE ? kilobytes : megabytes;
  return `is ${size(length)}; expected ${what === undefined ? '' : `${what} of `}at most ${size(maxBytes)}`;
}

const MEGABYTE = 1024 * 1024;

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

// Rounded up, as kilobytes are: a file over the limit never reads as the limit.
function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1)} MB`;
}

/** The first hidden character in `text`, as `U+XXXX`, or undefined. */
export function hiddenCharacter(text: string): string | undefined {
  const found = HIDDEN_CHARACTERS.exec(text)?.[0];
  return found === undefined
    ? undefined
    : `U+${found.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? ''}`;
}

/** What is wrong with an abstract (a paper file's body, Markdown), if anything: its length or a hidden character. */
export function abstractProblem(body: string): string | undefined {
  const length = body.trim().length;
  if (length > MAX_ABSTRACT_LENGTH)
    return `the abstract is ${length} characters; expected at most ${MAX_ABSTRACT_LENGTH}`;
  const hidden = hiddenCharacter(body.replace(/[\t\r\n]/g, ' '));
  return hidden === undefined
    ? undefined
    : `the abstract holds the control or bidirectional character ${hidden}; expected plain text`;
}
