import { ContentError } from '../content-error.ts';
import type { Digest, DigestEntry } from './digest.ts';
import { digestYear, publishedDate } from './digest-year.ts';
import { isoDate, isRealDate, looksLikeDate, parseDateLine, parseMonthDay, type ListingDate } from './listing-date.ts';

/** The site chrome above the date, line for line as the real digests have it: fixtures and the generator write it. */
export const HEADER: readonly string[] = [
  'new',
  '',
  'Get trending papers in your email inbox!',
  '',
  'Subscribe',
  '',
  'Daily Papers',
  '',
  'byAK and the research community',
  '',
];

interface Line {
  number: number;
  text: string;
}

const HEADER_TITLE = 'Daily Papers';
/** The header lines before the date are site chrome; more or longer lines than this is some other page. */
const MAX_CHROME_LINES = 12;
const MAX_CHROME_LENGTH = 80;
const AUTHORS = /^• (\d{1,5}) authors?$/;
const ORGANIZATION = /^([A-Za-z0-9][\w.-]*) (\S.*)$/;
const SEPARATOR = '·';
/** Titles are short and rarely end in a full stop; abstracts are long prose. */
const MAX_TITLE_LENGTH = 300;

/** Parses a text digest: the text a browser gives when a daily papers listing page is copied. Throws a ContentError naming the line on anything else. */
export function parseTextDigest(file: string, text: string): Digest {
  const lines = text.split('\n').map((raw, index) => ({ number: index + 1, text: raw.replace(/\s+/g, ' ').trim() }));
  if (lines.every((line) => line.text === '')) {
    throw new ContentError(
      file,
      1,
      'the file is empty; expected a daily papers listing (a "Daily Papers" header, its date, then entries)',
    );
  }
  const { headerDate, bodyStart } = parseHeader(file, lines);
  const paragraphs = toParagraphs(lines.slice(bodyStart));
  const drafts = toEntries(file, paragraphs);
  if (drafts.length === 0) {
    throw new ContentError(file, lines.length, 'expected at least one paper entry after the digest date');
  }
  const withMeta = drafts.filter((draft) => draft.meta !== undefined).length;
  if (withMeta * 2 < drafts.length) {
    throw new ContentError(
      file,
      drafts[0]?.title.number,
      `only ${withMeta} of ${drafts.length} entries have author and date lines; expected a daily papers listing where each entry ends with "• N authors", "·" and a date`,
    );
  }
  const shownYears = drafts.flatMap((draft) => (draft.meta?.date?.year === undefined ? [] : [draft.meta.date.year]));
  const year = digestYear(file, headerDate, shownYears);
  const date = isoDate(year.year, headerDate.month, headerDate.day);
  if (!isRealDate(year.year, headerDate.month, headerDate.day)) {
    throw new ContentError(
      file,
      headerDate.line,
      `the digest date ${date} does not exist; expected a real calendar date`,
    );
  }
  const warnings: string[] = [];
  const entries = drafts.map((draft) => toEntry(file, draft, year.year, date, warnings));
  return { file, date, year, entries, warnings };
}

function parseHeader(file: string, lines: Line[]): { headerDate: ListingDate & { line: number }; bodyStart: number } {
  const content = lines.filter((line) => line.text !== '');
  const titleIndex = content.findIndex((line) => line.text === HEADER_TITLE);
  const first = content[0];
  if (titleIndex === -1 || titleIndex > MAX_CHROME_LINES) {
    throw new ContentError(
      file,
      first?.number,
      `expected a daily papers listing: a "${HEADER_TITLE}" header line near the top, found "${clip(first?.text ?? '')}"`,
    );
  }
  for (let index = titleIndex + 1; index < content.length && index <= titleIndex + 1 + MAX_CHROME_LINES; index++) {
    const line = content[index];
    if (!line) break;
    const monthDay = parseMonthDay(line.text);
    if (monthDay) return { headerDate: { ...monthDay, line: line.number }, bodyStart: line.number };
    if (looksLikeDate(line.text) || line.text.length > MAX_CHROME_LENGTH) {
      throw new ContentError(
        file,
        line.number,
        `expected the digest's date as month and day (like "Feb 16") after "${HEADER_TITLE}", found "${clip(line.text)}"`,
      );
    }
  }
  throw new ContentError(
    file,
    content[titleIndex]?.number,
    `expected the digest's date as month and day (like "Feb 16") after "${HEADER_TITLE}"`,
  );
}

/** A run of text lines: `line` is all of them joined (a hard-wrapped abstract), numbered as the first. */
type Paragraph = { kind: 'text'; line: Line; lines: Line[] } | { kind: 'meta'; lines: Line[] };

function toParagraphs(lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    const [first, second] = run;
    if (!first) return;
    if (run.some((line) => isMetaLine(line.text))) paragraphs.push({ kind: 'meta', lines: run });
    else {
      const text = second ? run.map((line) => line.text).join(' ') : first.text;
      paragraphs.push({ kind: 'text', line: { number: first.number, text }, lines: run });
    }
    run = [];
  };
  for (const line of lines) {
    if (line.text === '') flush();
    else run.push(line);
  }
  flush();
  return paragraphs;
}

function isMetaLine(text: string): boolean {
  return text === SEPARATOR || AUTHORS.test(text) || looksLikeDate(text);
}

interface Meta {
  authors: number | undefined;
  organization: { id: string; name: string } | undefined;
  date: (ListingDate & { line: number }) | undefined;
  comments: number;
}

interface Draft {
  title: Line;
  abstract: Line | undefined;
  meta: Meta | undefined;
}

function toEntries(file: string, paragraphs: Paragraph[]): Draft[] {
  const drafts: Draft[] = [];
  let current: Draft | undefined;
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.kind === 'meta') {
      if (!current || current.meta) {
        const line = paragraph.lines[0];
        throw new ContentError(
          file,
          line?.number,
          `expected a paper title before the author and date lines, found "${clip(line?.text ?? '')}"`,
        );
      }
      current.meta = parseMeta(file, paragraph.lines);
      return;
    }
    const { line } = paragraph;
    const next = paragraphs[index + 1];
    const opensEntry =
      !current ||
      current.meta !== undefined ||
      current.abstract !== undefined ||
      // A short title-like line followed by prose is the next entry's title: this entry has no abstract.
      (looksLikeTitle(line.text) && next?.kind === 'text' && !looksLikeTitle(next.line.text));
    if (!opensEntry && current) {
      // An abstract broken over several lines (as arXiv abstracts and hand-typed digests come) is one abstract. Lines
      // that do not read as one wrapped paragraph (a title glued to an abstract) are refused rather than guessed.
      const broken = paragraph.lines.length > 1 ? wrapBreak(paragraph.lines) : undefined;
      if (broken !== undefined) throw missingBlankLine(file, paragraph.lines, broken);
      // After a bare title, a short line with no full stop not followed by prose is as much the next
      // paper's title as this one's abstract: refused rather than guessed (found by the fuzz test).
      if (looksLikeTitle(line.text)) {
        throw new ContentError(
          file,
          line.number,
          `expected the abstract of the paper titled on line ${current.title.number} (prose, ending with a full stop), or its author and date lines; found "${clip(line.text)}", which could as well be the next paper's title`,
        );
      }
      current.abstract = line;
      return;
    }
    // Titles are one line, with a blank line after them.
    if (paragraph.lines.length > 1) throw missingBlankLine(file, paragraph.lines, 1);
    if (!looksLikeTitle(line.text)) {
      throw new ContentError(
        file,
        line.number,
        `expected a paper title (a single short line) before this abstract, found "${clip(line.text)}"`,
      );
    }
    current = { title: line, abstract: undefined, meta: undefined };
    drafts.push(current);
  });
  return drafts;
}

/** A hard-wrapped line is cut near the wrap width, so every line but the last is about as long as the longest. */
const WRAPPED_LINE_SHARE = 0.6;

/**
 * Where lines stop reading as one paragraph of prose broken at a fixed width: the first line (but the last) much
 * shorter than the longest, or the last line when it reads as a title (the next paper's, its blank line lost).
 * Returns the index of the line after the break, or undefined when the lines are one wrapped paragraph.
 */
function wrapBreak(lines: readonly Line[]): number | undefined {
  const longest = lines.reduce((most, line) => Math.max(most, line.text.length), 0);
  const short = lines.slice(0, -1).findIndex((line) => line.text.length < longest * WRAPPED_LINE_SHARE);
  if (short !== -1) return short + 1;
  const last = lines.at(-1);
  return last !== undefined && looksLikeTitle(last.text) ? lines.length - 1 : undefined;
}

/** The error for two lines that need a blank line between them: the one at `index` and the one before it. */
function missingBlankLine(file: string, lines: readonly Line[], index: number): ContentError {
  const [before, after] = [lines[index - 1], lines[index]];
  return new ContentError(
    file,
    after?.number,
    `expected a blank line after "${clip(before?.text ?? '')}", found "${clip(after?.text ?? '')}"`,
  );
}

function looksLikeTitle(text: string): boolean {
  return text.length <= MAX_TITLE_LENGTH && !text.endsWith('.');
}

function parseMeta(file: string, lines: Line[]): Meta {
  const meta: Meta = { authors: undefined, organization: undefined, date: undefined, comments: 0 };
  let index = 0;
  const at = (): Line | undefined => lines[index];
  const first = at();
  const authors = first && AUTHORS.exec(first.text);
  if (first && authors) {
    meta.authors = Number(authors[1]);
    index++;
  } else if (first && lines[1]?.text === SEPARATOR) {
    const organization = ORGANIZATION.exec(first.text);
    if (!organization?.[1] || !organization[2]) {
      throw new ContentError(
        file,
        first.number,
        `expected an author line ("• 4 authors") or an organisation ("<org-id> <Org Name>") before "·", found "${clip(first.text)}"`,
      );
    }
    meta.organization = { id: organization[1], name: organization[2] };
    index++;
  }
  if (at()?.text === SEPARATOR) index++;
  const dateLine = at();
  if (dateLine) {
    const parsed = parseDateLine(dateLine.text);
    if (!parsed) {
      throw new ContentError(
        file,
        dateLine.number,
        `expected a date line like "Sep 18, 2025" or "Apr 10", optionally followed by the comment count, found "${clip(dateLine.text)}"`,
      );
    }
    meta.date = { ...parsed.date, line: dateLine.number };
    meta.comments = parsed.comments;
    index++;
  }
  const extra = at();
  if (extra) {
    throw new ContentError(
      file,
      extra.number,
      `expected a blank line after the entry's date line, found "${clip(extra.text)}"`,
    );
  }
  return meta;
}

function toEntry(file: string, draft: Draft, year: number, digestDate: string, warnings: string[]): DigestEntry {
  const meta = draft.meta;
  return {
    line: draft.title.number,
    title: draft.title.text,
    abstract: draft.abstract?.text,
    authors: meta?.authors,
    authorNames: undefined,
    organization: meta?.organization,
    published: meta?.date === undefined ? undefined : publishedDate(file, meta.date, year, digestDate, warnings),
    comments: meta?.comments ?? 0,
    arxiv: undefined,
    upvotes: undefined,
    githubStars: undefined,
    links: [],
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
