// The Hub's daily papers API answer (`GET /api/daily_papers?date=YYYY-MM-DD`), saved as a day's digest. Its shape is
// the one the Hub's own client reads (`HfApi.list_daily_papers`, `PaperInfo` in huggingface_hub): a list of items,
// each the paper (`paper`) and its listing that day (title, comment count, organisation). Fields the archive does
// not show are left alone, so a new field in the answer breaks nothing.
import { z } from 'astro/zod';
import {
  findNodeAtLocation,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser';
import { parseArxivId } from '../arxiv-id.ts';
import { ContentError } from '../content-error.ts';
import { lineLookup } from '../line-lookup.ts';
import { MAX_AUTHORS } from '../limits.ts';
import { jsonNestingLine } from '../nesting-depth.ts';
import { organizationIdSchema, textSchema } from '../schema.ts';
import type { Digest, DigestEntry } from './digest.ts';
import { fileNameDigestDate } from './digest-year.ts';

/** Deeper than any answer nests (item, paper, authors, author, user, orgs): refused before the tree parser recurses. */
const MAX_DEPTH = 16;

/** A name or a title: words on one line, as the listing page shows them, by the rules of a paper file's titles. */
const nameSchema = z.string().transform(oneLine).pipe(textSchema);

const countSchema = z.number().int('expected a whole number').nonnegative('expected a count, 0 or more');
const timestampSchema = z.string().refine((text) => !Number.isNaN(Date.parse(text)), {
  error: 'expected an ISO timestamp like 2025-01-01T00:47:18.412Z',
});

/** An author as the answer lists them (`PaperAuthor`); a hidden author is one the Hub does not show. */
const authorSchema = z.looseObject({ name: nameSchema, hidden: z.boolean().nullish() });

/** The organisation (`Organization`): `name` is its id on the Hub, `fullname` what its page is titled. */
const organizationSchema = z.looseObject({
  name: organizationIdSchema,
  fullname: nameSchema.nullish(),
});

/** The fields that describe the paper: the client reads each from `paper`, or from the item itself. */
const paperFields = {
  id: z.string().nullish(),
  title: nameSchema.nullish(),
  summary: z.string().nullish(),
  authors: z.array(authorSchema).max(MAX_AUTHORS, `expected at most ${MAX_AUTHORS} authors`).nullish(),
  publishedAt: timestampSchema.nullish(),
  upvotes: countSchema.nullish(),
  organization: organizationSchema.nullish(),
  githubRepo: z.string().nullish(),
  githubStars: countSchema.nullish(),
  projectPage: z.string().nullish(),
};

const itemSchema = z.looseObject({
  ...paperFields,
  paper: z.looseObject(paperFields).nullish(),
  numComments: countSchema.nullish(),
  submittedOnDailyAt: timestampSchema.nullish(),
});

const answerSchema = z.array(itemSchema);

type Item = z.output<typeof itemSchema>;

/**
 * Parses a saved daily papers answer. The digest's date is the file name's (`2025-01-01.json`, as `npm run fetch`
 * saves it), else the day the items were listed. Anything that is not the API's shape is a ContentError naming the
 * file, the line and the path of the offending field (`[3].paper.authors[2].name`).
 */
export function parseDailyPapers(file: string, text: string): Digest {
  const deep = jsonNestingLine(text, MAX_DEPTH);
  if (deep !== undefined) {
    throw new ContentError(
      file,
      deep,
      `is nested more than ${MAX_DEPTH} levels deep; expected the daily papers API's answer`,
    );
  }
  const lineOf = lineLookup(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const [syntax] = errors;
  if (syntax !== undefined || tree === undefined) {
    const offset = syntax?.offset ?? 0;
    // `CommaExpected` → "comma expected".
    const what =
      syntax === undefined
        ? 'no value'
        : printParseErrorCode(syntax.error)
            .replace(/\B[A-Z]/g, ' $&')
            .toLowerCase();
    throw new ContentError(file, lineOf(offset), `is not valid JSON (${what}); expected the daily papers API's answer`);
  }
  const parsed = answerSchema.safeParse(getNodeValue(tree), { error: answerMessage });
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = issue?.path.filter((key) => typeof key !== 'symbol') ?? [];
    throw new ContentError(
      file,
      lineOfPath(tree, path, lineOf),
      `${pathText(path)}: ${issue?.message ?? "not the daily papers API's shape"}`,
    );
  }
  const items = parsed.data;
  if (items.length === 0) {
    throw new ContentError(file, 1, "no paper found; expected the daily papers API's answer for a day with papers");
  }
  const entries = items.map((item, index) => toEntry(file, item, index, lineOfPath(tree, [index], lineOf)));
  return { file, ...digestDate(file, items), entries: dedupe(entries), warnings: [] };
}

function toEntry(file: string, item: Item, index: number, line: number): DigestEntry {
  const { paper } = item;
  const id = paper?.id ?? item.id;
  const title = item.title ?? paper?.title;
  if (title === undefined || title === null) {
    throw new ContentError(file, line, `[${index}].title: missing; expected the paper's title`);
  }
  // In a daily item the item's own `publishedAt` is when it was listed; the paper's publication is the paper's.
  const publishedAt = paper === undefined || paper === null ? item.publishedAt : paper.publishedAt;
  const summary = paper?.summary ?? item.summary;
  const authors = paper?.authors ?? item.authors;
  const abstract = summary === undefined || summary === null ? undefined : oneLine(summary);
  const published = publishedAt === undefined || publishedAt === null ? undefined : utcDay(publishedAt);
  const organization = item.organization ?? paper?.organization;
  const links = [paper?.githubRepo ?? item.githubRepo, paper?.projectPage ?? item.projectPage].flatMap((link) =>
    link === undefined || link === null || link.trim() === '' ? [] : [link.trim()],
  );
  return {
    line,
    title,
    abstract: abstract === '' ? undefined : abstract,
    authors: authors === undefined || authors === null || authors.length === 0 ? undefined : authors.length,
    authorNames:
      authors === undefined || authors === null
        ? undefined
        : authors.filter((author) => author.hidden !== true).map((author) => author.name),
    organization:
      organization === undefined || organization === null
        ? undefined
        : { id: organization.name, name: organization.fullname ?? organization.name },
    published,
    comments: item.numComments ?? 0,
    arxiv: id === undefined || id === null ? undefined : parseArxivId(id),
    upvotes: paper?.upvotes ?? item.upvotes ?? undefined,
    githubStars: paper?.githubStars ?? item.githubStars ?? undefined,
    links,
  };
}

/** The digest's date: the file name's, else the day most of its items were listed on. */
function digestDate(file: string, items: readonly Item[]): Pick<Digest, 'date' | 'year'> {
  const named = fileNameDigestDate(file);
  if (named !== undefined) return named;
  const days = new Map<string, number>();
  for (const item of items) {
    const listed =
      item.paper === undefined || item.paper === null
        ? item.submittedOnDailyAt
        : (item.publishedAt ?? item.submittedOnDailyAt);
    if (listed !== undefined && listed !== null) days.set(utcDay(listed), (days.get(utcDay(listed)) ?? 0) + 1);
  }
  const [day] = [...days].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]));
  if (day === undefined) {
    throw new ContentError(
      file,
      undefined,
      'cannot tell the day: no item says when it was listed; expected the date in the file name (e.g. "2025-01-01.json")',
    );
  }
  const year = Number(day[0].slice(0, 4));
  return { date: day[0], year: { year, source: 'page', reason: 'the items were listed in that year' } };
}

/** A paper listed twice in one answer (pages shift while they are fetched) is one entry, its first. */
function dedupe(entries: readonly DigestEntry[]): DigestEntry[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const key = entry.arxiv ?? entry.title;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Text on one line: the API keeps arXiv's hard line breaks in abstracts, and a name may hold any white space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function utcDay(timestamp: string): string {
  return new Date(timestamp).toISOString().slice(0, 10);
}

/** What the schemas leave to zod said in the answer's terms: a wrong type ("expected a list, found an object"). */
function answerMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code !== 'invalid_type') return undefined;
  const names: Record<string, string> = { array: 'a list', object: 'an object', string: 'a text', number: 'a number' };
  const input = issue.input;
  const found = input === null ? 'null' : Array.isArray(input) ? 'a list' : (names[typeof input] ?? typeof input);
  const expected = names[issue.expected] ?? issue.expected;
  return input === undefined ? `missing; expected ${expected}` : `expected ${expected}, found ${found}`;
}

/** `[3].paper.authors[2].name`: where a field is, as a reader of the file finds it. */
function pathText(path: readonly (string | number)[]): string {
  return (
    path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${key}`)).join('') || "the daily papers API's answer"
  );
}

function lineOfPath(tree: Node, path: readonly (string | number)[], lineOf: (offset: number) => number): number {
  // The deepest node the path reaches: a missing field is reported at the object that lacks it.
  for (let length = path.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, path.slice(0, length));
    if (node !== undefined) return lineOf(node.offset);
  }
  return 1;
}
