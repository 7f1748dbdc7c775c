// Mutations of real digests and the properties the content script must keep on them, shared by the
// short fuzz run in `npm test` (fuzz-digests.test.ts) and the long one (`npm run fuzz`).
import fc from 'fast-check';
import { collectPapers } from '../../ingest/collect-papers.ts';
import { ContentError, ContentErrors } from '../../../src/model/content-error.ts';
import { decodeText } from '../../../src/model/decode-text.ts';
import { parseDigest } from '../../../src/model/digests/parse-digest.ts';
import { parseTextDigest } from '../../../src/model/digests/text-digest.ts';
import type { Digest } from '../../../src/model/digests/digest.ts';

/** A digest file to mutate, and the 0-based indexes of its title lines. */
export interface SeedDigest {
  name: string;
  lines: readonly string[];
  titles: ReadonlySet<number>;
}

/** A mutated digest: its bytes, the title lines that survived intact (1-based, where they are now), and how it was made. */
export interface MutatedDigest {
  name: string;
  bytes: Uint8Array;
  titles: { line: number; text: string }[];
  mutations: readonly Mutation[];
}

/** One change to a digest's lines. Plain data, so fast-check can shrink a failing case and print it. */
export type Mutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; to: number }
  | { kind: 'swap'; at: number; to: number }
  | { kind: 'move'; at: number; to: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'replace'; at: number; text: string }
  | { kind: 'bytes'; at: number; offset: number; bytes: Uint8Array }
  | { kind: 'huge'; at: number; piece: string; times: number; replace: boolean }
  | { kind: 'cut'; at: number; offset: number };

/** How a mutated digest is written out: line endings, a BOM, a final line break. */
export interface Encoding {
  eol: 'lf' | 'crlf' | 'cr' | 'mixed';
  bom: boolean;
  finalBreak: boolean;
}

/** How big mutations get: the short run in `npm test` stays small and fast, the long run goes big. */
export interface FuzzScale {
  /** Most mutations per digest. */
  mutations: number;
  /** Longest huge line, in characters. */
  hugeLine: number;
  /** Most copies of a repeated block of lines. */
  repeats: number;
  /** Largest file the mutations may grow, in bytes: repeats and huge lines stop there. */
  maxBytes: number;
}

/**
 * The real Markdown captures, as seeds. The trending page shows no date, so it is named with one, as a contributor
 * would name it.
 */
export const CAPTURES: readonly { name: string; file: string }[] = [
  { name: 'captures/2026-10-02-search.md', file: '../shared/captures/hf-search-firecrawl.md' },
  { name: 'captures/2026-10-05-trending.md', file: '../shared/captures/hf-trending-html-extractor.md' },
];

/** A saved answer of the daily papers API, built from the Hub client's shape, as a seed. */
export const API_ANSWERS: readonly { name: string; file: string }[] = [
  { name: 'answers/2025-01-01.json', file: 'src/model/fixtures/daily-papers-2025-01-01.json' },
];

export const SHORT_RUN: FuzzScale = { mutations: 6, hugeLine: 200_000, repeats: 200, maxBytes: 1_000_000 };
export const LONG_RUN: FuzzScale = { mutations: 12, hugeLine: 4_000_000, repeats: 200_000, maxBytes: 8_000_000 };

const encoder = new TextEncoder();

/** Reads a real digest (a text listing or a Markdown capture) as a seed: it must parse, and its entries say which lines are titles. */
export function seedDigest(name: string, bytes: Uint8Array): SeedDigest {
  const text = decodeText(name, bytes);
  const parsed = name.endsWith('.txt') ? parseTextDigest(name, text) : parseDigest(name, bytes);
  const titles = new Set(parsed.entries.map((entry) => entry.line - 1));
  return { name, lines: text.split('\n'), titles };
}

// Lines shaped like what a digest holds, or almost: meta lines, malformed dates, LaTeX residue.
const LISTING_LINES = [
  '',
  ' ',
  'new',
  'Daily Papers',
  'Subscribe',
  '  • 4 authors',
  '• 1 authors',
  '  • 0 authors',
  '  • 123456 authors',
  '·',
  '· ·',
  'Feb 16',
  'Feb 29',
  'Feb 30',
  'Apr 10 3',
  'Sep 18, 2025 2',
  'Sep 18 2025',
  'Sept 31, 2025',
  'Dec 31, 9999 999999',
  'Jan 1, 1899',
  'alibaba-inc alibaba-inc',
  'moonshotai Moonshot AI',
  'A Short Title Without A Full Stop',
  'An abstract that ends with a full stop.',
  '{\\bf }',
  '$ $',
  '\\%',
  'textbf{}',
  '{\\bf HyLRA} ({\\bf Hy}brid {\\bf L}ayer)',
  'Oleft(n^{1.5}dright) and O(L^{{4}/{3}}) and O(L^{1+1{N}})',
  'https://github.com/a/b{github.com/a/b}.',
  'https://anonymous.4open.science/r/x/{/r/x/}',
];
// Characters that break naive text handling: invisible, bidirectional, combining, line-separating.
const ODD_UNICODE = [
  '\u200b', '\u200d', '\u200e', '\u202e', '\u2066', '\u0301', '\u00a0', '\u2028', '\u2029', '\ufeff', '\u0085',
  '\u3000', '\u000b', '\u000c', '\t', '\r', 'İ', 'ß', 'ﬁ', '😀', '👩‍👩‍👧', '\ud800', '\udfff', '·', '•', '.', ' ',
  'a', 'Z', '9', ':', '-', '{', '}', '\\',
]; // prettier-ignore
// Pieces repeated into huge lines, chosen to stress every pattern the parser and cleaner run.
const HUGE_PIECES = [
  'a', ' ', '\t', '{', '}', '^{', '^{1', '{a}', '^{{', '\\left(', 'left(', '\\', 'http://a.b/', 'https://github.com/',
  '/', '.', ',', '~', '~(', '$a', '$', '{\\bf ', 'textbf{', '1', '• ', ': ', '-', 'Jan 1 ', '(', ')', '[', ']',
  '%', '\\%', 'www.', 'a.github.io/', '{github.com/a/b}', '·', 'é', '😀', 'a-', 'a ',
]; // prettier-ignore

const lineText = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...LISTING_LINES) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...ODD_UNICODE), { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);

function mutation(scale: FuzzScale): fc.Arbitrary<Mutation> {
  const at = fc.nat();
  return fc.oneof(
    fc.record({ kind: fc.constant('delete'), at, length: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 8 })) }),
    fc.record({ kind: fc.constant('duplicate'), at, to: fc.nat() }),
    fc.record({ kind: fc.constant('swap'), at, to: fc.nat() }),
    fc.record({ kind: fc.constant('move'), at, to: fc.nat() }),
    fc.record({
      kind: fc.constant('repeat'),
      at,
      length: fc.integer({ min: 1, max: 16 }),
      times: fc.oneof(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 2, max: scale.repeats })),
    }),
    fc.record({ kind: fc.constant('insert'), at, text: lineText }),
    fc.record({ kind: fc.constant('replace'), at, text: lineText }),
    fc.record({
      kind: fc.constant('bytes'),
      at,
      offset: fc.nat(),
      bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
    }),
    fc.record({
      kind: fc.constant('huge'),
      at,
      piece: fc.constantFrom(...HUGE_PIECES),
      times: fc.integer({ min: 1000, max: scale.hugeLine }),
      replace: fc.boolean(),
    }),
    fc.record({ kind: fc.constant('cut'), at, offset: fc.nat() }),
  );
}

/** A real digest with a few mutations and an encoding, as fast-check draws it. */
export function mutatedDigest(seeds: readonly SeedDigest[], scale: FuzzScale): fc.Arbitrary<MutatedDigest> {
  return fc
    .record({
      seed: fc.constantFrom(...seeds),
      mutations: fc.array(mutation(scale), { minLength: 0, maxLength: scale.mutations }),
      encoding: fc.record({
        eol: fc.constantFrom('lf', 'crlf', 'cr', 'mixed'),
        bom: fc.boolean(),
        finalBreak: fc.boolean(),
      }),
    })
    .map(({ seed, mutations, encoding }) => applyMutations(seed, mutations, encoding, scale.maxBytes));
}

interface Line {
  bytes: Uint8Array;
  /** The seed line this one still is, byte for byte; undefined once changed. */
  origin: number | undefined;
}

/** Applies mutations in order, then writes the lines out with the encoding. Lines are tracked so intact titles can be found. */
export function applyMutations(
  seed: SeedDigest,
  mutations: readonly Mutation[],
  encoding: Encoding,
  maxBytes = Infinity,
): MutatedDigest {
  let lines: Line[] = seed.lines.map((text, index) => ({ bytes: encoder.encode(text), origin: index }));
  let cut = false;
  const size = (): number => lines.reduce((sum, line) => sum + line.bytes.length + 2, 0);
  for (const change of mutations) {
    if (lines.length === 0 || cut) break;
    const at = change.at % lines.length;
    const line = lines[at];
    if (!line) break;
    switch (change.kind) {
      case 'delete':
        lines.splice(at, change.length);
        break;
      case 'duplicate':
        lines.splice(change.to % (lines.length + 1), 0, { ...line });
        break;
      case 'swap': {
        const to = change.to % lines.length;
        const other = lines[to];
        if (other) [lines[at], lines[to]] = [other, line];
        break;
      }
      case 'move':
        lines.splice(at, 1);
        lines.splice(change.to % (lines.length + 1), 0, line);
        break;
      case 'repeat': {
        const block = lines.slice(at, at + change.length);
        const blockBytes = block.reduce((sum, each) => sum + each.bytes.length + 2, 0);
        const times = Math.max(1, Math.min(change.times, Math.floor((maxBytes - size()) / blockBytes) + 1));
        const copies: Line[] = [];
        for (let time = 0; time < times; time++) copies.push(...block);
        lines = [...lines.slice(0, at), ...copies, ...lines.slice(at + block.length)];
        break;
      }
      case 'insert':
        lines.splice(at, 0, { bytes: encoder.encode(change.text), origin: undefined });
        break;
      case 'replace':
        lines[at] = { bytes: encoder.encode(change.text), origin: undefined };
        break;
      case 'bytes': {
        const offset = change.offset % (line.bytes.length + 1);
        const bytes = new Uint8Array(line.bytes.length + change.bytes.length);
        bytes.set(line.bytes.subarray(0, offset));
        bytes.set(change.bytes, offset);
        bytes.set(line.bytes.subarray(offset), offset + change.bytes.length);
        lines[at] = { bytes, origin: undefined };
        break;
      }
      case 'huge': {
        const length = Math.max(0, Math.min(change.times, maxBytes - size()));
        const huge = {
          bytes: encoder.encode(change.piece.repeat(Math.ceil(length / change.piece.length))),
          origin: undefined,
        };
        if (change.replace) lines[at] = huge;
        else lines.splice(at, 0, huge);
        break;
      }
      case 'cut': {
        // The file ends inside this line, possibly inside a multi-byte character.
        const offset = change.offset % (line.bytes.length + 1);
        lines = [
          ...lines.slice(0, at),
          offset === line.bytes.length ? line : { bytes: line.bytes.subarray(0, offset), origin: undefined },
        ];
        cut = true;
        break;
      }
    }
  }
  return encode(seed, lines, encoding, mutations, cut);
}

function encode(
  seed: SeedDigest,
  lines: readonly Line[],
  encoding: Encoding,
  mutations: readonly Mutation[],
  cut: boolean,
): MutatedDigest {
  const separator = (index: number): Uint8Array =>
    encoder.encode(
      encoding.eol === 'lf'
        ? '\n'
        : encoding.eol === 'crlf'
          ? '\r\n'
          : encoding.eol === 'cr'
            ? '\r'
            : index % 2 === 0
              ? '\r\n'
              : '\n',
    );
  const parts: Uint8Array[] = encoding.bom ? [new Uint8Array([0xef, 0xbb, 0xbf])] : [];
  const starts: number[] = [];
  let length = parts[0]?.length ?? 0;
  lines.forEach((line, index) => {
    if (index > 0) {
      const between = separator(index);
      parts.push(between);
      length += between.length;
    }
    starts.push(length);
    parts.push(line.bytes);
    length += line.bytes.length;
  });
  if (encoding.finalBreak && !cut && lines.length > 0) {
    const last = separator(lines.length);
    parts.push(last);
    length += last.length;
  }
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  const titles: MutatedDigest['titles'] = [];
  const lineNumbers = lineNumbersAt(bytes, starts);
  lines.forEach((line, index) => {
    if (line.origin !== undefined && seed.titles.has(line.origin)) {
      titles.push({ line: lineNumbers[index] ?? 0, text: seed.lines[line.origin] ?? '' });
    }
  });
  const mutated: MutatedDigest = { name: seed.name, bytes, titles, mutations };
  // fast-check prints a failing case with this, instead of every byte of the file.
  Object.defineProperty(mutated, fc.toStringMethod, { value: () => describe(seed.name, mutations, encoding) });
  return mutated;
}

/** A failing case as a person reads it: the seed file, the mutations (huge texts summarised) and the encoding. */
export function describe(name: string, mutations: readonly Mutation[], encoding: Encoding): string {
  const shown = mutations.map((change) => {
    const { kind, ...fields } = change;
    const parts = Object.entries(fields).map(([key, value]) =>
      value instanceof Uint8Array ? `${key}=[${value.join(',')}]` : `${key}=${JSON.stringify(value)}`,
    );
    return `${kind}(${parts.join(', ')})`;
  });
  const format = `${encoding.eol}${encoding.bom ? ', BOM' : ''}${encoding.finalBreak ? ', final line break' : ''}`;
  return `${name} with [${shown.join('; ')}] written ${format}`;
}

/** The 1-based line of each byte offset (offsets ascending), counting CRLF, CR and LF each as one line break. */
function lineNumbersAt(bytes: Uint8Array, offsets: readonly number[]): number[] {
  const numbers: number[] = [];
  let line = 1;
  let position = 0;
  for (const offset of offsets) {
    for (; position < offset; position++) {
      const byte = bytes[position];
      if (byte === 0x0a || (byte === 0x0d && bytes[position + 1] !== 0x0a)) line++;
    }
    numbers.push(line);
  }
  return numbers;
}

const fatal = new TextDecoder('utf-8', { fatal: true });

/** Where decodeText must say the file stops being text: the line of the first NUL, else of the first invalid UTF-8. */
function expectedDecodeLine(bytes: Uint8Array): number | undefined {
  const nul = bytes.indexOf(0);
  if (nul !== -1) return lineNumbersAt(bytes, [nul])[0];
  let start = 0;
  let line = 1;
  // Line breaks are ASCII and never inside a multi-byte sequence, so each line decodes on its own.
  for (let position = 0; position <= bytes.length; position++) {
    const byte = bytes[position];
    if (position === bytes.length || byte === 0x0a || byte === 0x0d) {
      try {
        fatal.decode(bytes.subarray(start, position));
      } catch {
        return line;
      }
      if (byte === 0x0d && bytes[position + 1] === 0x0a) position++;
      start = position + 1;
      line++;
    }
  }
  return undefined;
}

function lineCount(bytes: Uint8Array): number {
  return lineNumbersAt(bytes, [bytes.length])[0] ?? 1;
}

const normalize = (text: string): string => text.replace(/\s+/g, ' ').trim();

/**
 * Reads a mutated digest as ingest does (decodeText, then parseDigest, which recognises it as a text digest) and
 * checks the contract:
 * it is refused with a ContentError naming the file and a line that exists (for text that is not
 * UTF-8, the very line where it stops being text), or it is accepted and every title line that
 * survived intact after the header, and still stands where a title can (not right above a "·"),
 * became an entry. Returns the digest when accepted.
 */
export function checkDigest(mutated: MutatedDigest): Digest | undefined {
  const { name, bytes } = mutated;
  let text: string;
  try {
    text = decodeText(name, bytes);
  } catch (error) {
    assertContentError(error, name, lineCount(bytes));
    const expected = expectedDecodeLine(bytes);
    if ((error as ContentError).line !== expected) {
      throw new Error(`decodeText named line ${(error as ContentError).line}, expected ${expected}`, {
        cause: error,
      });
    }
    return undefined;
  }
  if (expectedDecodeLine(bytes) !== undefined) throw new Error('decodeText accepted bytes that are not UTF-8 text');
  let digest: Digest;
  try {
    digest = parseDigest(name, bytes);
  } catch (error) {
    assertContentError(error, name, text.split('\n').length, { fileLevel: !name.endsWith('.txt') });
    return undefined;
  }
  if (isCapture(name)) {
    checkCapture(mutated, text, digest);
    return digest;
  }
  if (isAnswer(name)) {
    checkAnswer(text, digest);
    return digest;
  }
  const lines = text.split('\n').map(normalize);
  // The header's date is the first line after "Daily Papers" showing the digest's month and day.
  const dailyPapers = lines.indexOf('Daily Papers');
  const [, month, day] = digest.date.split('-').map(Number) as [number, number, number];
  const monthDay = `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][month - 1] ?? ''} ${day}`;
  const headerLine = lines.indexOf(monthDay, dailyPapers) + 1;
  if (dailyPapers === -1 || headerLine === 0)
    throw new Error('accepted a digest without its "Daily Papers" header and date');
  const byLine = new Map(digest.entries.map((entry) => [entry.line, entry]));
  for (const title of mutated.titles) {
    if (title.line <= headerLine) continue;
    // A line right above a "·" line is, by the format, an entry's author or organisation line
    // ("<org-id> <Org Name>"), whatever it said before the mutation.
    if (lines[title.line] === '·') continue;
    const entry = byLine.get(title.line);
    if (entry?.title !== normalize(title.text)) {
      throw new Error(`accepted the digest but lost the title on line ${title.line}: "${title.text}"`);
    }
  }
  for (const entry of digest.entries) {
    if (lines[entry.line - 1] !== entry.title) {
      throw new Error(`entry on line ${entry.line} is titled "${entry.title}", not what that line says`);
    }
  }
  return digest;
}

/** Checks collectPapers on accepted digests: no throw, and every entry is one paper or a counted duplicate. */
export function checkCollect(digests: readonly Digest[]): void {
  const entries = digests.reduce((sum, digest) => sum + digest.entries.length, 0);
  let result;
  try {
    result = collectPapers(digests);
  } catch (error) {
    throw new Error('collectPapers threw on accepted digests', { cause: error });
  }
  const { papers, report } = result;
  if (report.entries !== entries || papers.length + report.duplicates !== entries) {
    throw new Error(
      `collectPapers accounted for ${papers.length} papers and ${report.duplicates} duplicates of ${entries} entries`,
    );
  }
}

/**
 * A capture's contract: every paper heading that survived intact, link and all, became an entry with its title or,
 * for a paper rendered twice, is the entry of its id; and every entry stands on a heading line.
 */
function checkCapture(mutated: MutatedDigest, text: string, digest: Digest): void {
  const lines = text.split('\n');
  const titles = new Set(digest.entries.map((entry) => entry.title));
  const ids = new Set(digest.entries.map((entry) => entry.arxiv));
  for (const title of mutated.titles) {
    const heading = PAPER_HEADING.exec(lines[title.line - 1] ?? '');
    if (!heading) continue;
    if (!titles.has(normalize(heading[1] ?? '')) && !ids.has(heading[2])) {
      throw new Error(`accepted the capture but lost the paper headed on line ${title.line}: "${title.text}"`);
    }
  }
  for (const entry of digest.entries) {
    if (!/^ {0,3}#{1,6}[ \t]/.test(lines[entry.line - 1] ?? '')) {
      throw new Error(`entry "${entry.title}" stands on line ${entry.line}, which is no heading`);
    }
  }
}

/** A heading line that is one whole link to a paper page, as the real captures write them. */
const PAPER_HEADING = /^#{1,6} \[([^\]\\]+)\]\(https:\/\/huggingface\.co\/papers\/([\d.]+)\)$/;

/** An answer's contract: every entry stands on the line where its item opens. */
function checkAnswer(text: string, digest: Digest): void {
  const lines = text.split(/\r\n|\r|\n/);
  for (const entry of digest.entries) {
    if (!(lines[entry.line - 1] ?? '').includes('{')) {
      throw new Error(`entry "${entry.title}" stands on line ${entry.line}, where no item opens`);
    }
  }
}

function isCapture(name: string): boolean {
  return name.endsWith('.md');
}

function isAnswer(name: string): boolean {
  return name.endsWith('.json');
}

function assertContentError(error: unknown, file: string, lines: number, { fileLevel = false } = {}): void {
  if (error instanceof ContentErrors)
    throw new Error('threw ContentErrors where one ContentError was expected', { cause: error });
  if (!(error instanceof ContentError)) throw new Error(`threw ${String(error)}, not a ContentError`, { cause: error });
  if (error.file !== file) throw new Error(`the error names ${error.file}, not ${file}`, { cause: error });
  // A capture may be refused as a whole (no paper, no date): its error names the file alone.
  if (fileLevel && error.line === undefined) return;
  if (error.line === undefined || !Number.isInteger(error.line) || error.line < 1 || error.line > lines) {
    throw new Error(`the error names line ${error.line} of a file of ${lines} lines`, { cause: error });
  }
}
