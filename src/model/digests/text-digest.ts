import { ContentError } from '../content-error.ts';
import type { Digest, DigestEntry, DigestYear, MissingField } from './digest.ts';
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
const ISO_FILE_NAME = /(?:^|[^\d])(\d{4})-(\d{2})-(\d{2})(?:[^\d]|$)/;

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
  const paragraphs = toParagraphs(file, lines.slice(bodyStart));
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
  const year = digestYear(file, headerDate, drafts);
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

type Paragraph = { kind: 'text'; line: Line } | { kind: 'meta'; lines: Line[] };

function toParagraphs(file: string, lines: Line[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let run: Line[] = [];
  const flush = (): void => {
    const [first, second] = run;
    if (!first) return;
    if (run.some((line) => isMetaLine(line.text))) paragraphs.push({ kind: 'meta', lines: run });
    else if (!second) paragraphs.push({ kind: 'text', line: first });
    else {
      // Titles and abstracts are one line each, with a blank line between them.
      throw new ContentError(
        file,
        second.number,
        `expected a blank line after "${clip(first.text)}", found "${clip(second.text)}"`,
      );
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

function digestYear(file: string, header: ListingDate & { line: number }, drafts: Draft[]): DigestYear {
  const fromName = ISO_FILE_NAME.exec(file.split(/[\\/]/).pop() ?? '');
  if (fromName) {
    const [year, month, day] = [Number(fromName[1]), Number(fromName[2]), Number(fromName[3])];
    if (month !== header.month || day !== header.day) {
      throw new ContentError(
        file,
        header.line,
        `the file name says ${isoDate(year, month, day)} but the header's date is ${isoDate(year, header.month, header.day).slice(5)}; expected the same month and day`,
      );
    }
    return { year, source: 'file name', reason: `the file name says ${year}` };
  }
  const years = drafts.flatMap((draft) => (draft.meta?.date?.year === undefined ? [] : [draft.meta.date.year]));
  if (years.length === 0) {
    throw new ContentError(
      file,
      header.line,
      'cannot infer the digest\'s year: no entry shows a year; expected the date in the file name (e.g. "2026-02-16.txt")',
    );
  }
  // A loop, not Math.max(...years): spreading a huge digest's years overflows the call stack (found by the fuzz test).
  const latest = years.reduce((most, each) => Math.max(most, each));
  return {
    year: latest + 1,
    source: 'inferred',
    reason: `listings show a year only for earlier years, and the latest shown is ${latest}`,
  };
}

function toEntry(file: string, draft: Draft, year: number, digestDate: string, warnings: string[]): DigestEntry {
  const meta = draft.meta;
  const missing: MissingField[] = [];
  if (!draft.abstract) missing.push('abstract');
  if (meta?.authors === undefined && meta?.organization === undefined) missing.push('authors');
  let published: string | undefined;
  if (meta?.date) {
    const { month, day, line } = meta.date;
    const resolvedYear = meta.date.year ?? year;
    if (!isRealDate(resolvedYear, month, day)) {
      throw new ContentError(
        file,
        line,
        `${isoDate(resolvedYear, month, day)} does not exist; expected a real calendar date`,
      );
    }
    published = isoDate(resolvedYear, month, day);
    if (published > digestDate) {
      warnings.push(`${file}:${line}: published ${published} is after the digest's date ${digestDate}`);
    }
  } else {
    missing.push('published');
  }
  return {
    line: draft.title.number,
    title: draft.title.text,
    abstract: draft.abstract?.text,
    authors: meta?.authors,
    organization: meta?.organization,
    published,
    comments: meta?.comments ?? 0,
    missing,
  };
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
