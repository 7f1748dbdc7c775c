import { isMap, parseDocument, type Document } from 'yaml';
import { ContentError } from './content-error.ts';
import { lineAt } from './line-lookup.ts';
import { yamlNestingProblem } from './nesting-depth.ts';

/** A Markdown file split into its YAML frontmatter (kept as a document, comments and all) and its body. */
export interface FrontmatterFile {
  document: Document.Parsed;
  /** Everything after the closing `---`, byte for byte (so it starts with the line break). */
  rest: string;
}

const OPENING = '---\n';
const CLOSING = /^---$/m;

/** Splits a file into its frontmatter's YAML text and the rest; a missing fence is an error naming the line. */
export function splitFrontmatter(file: string, text: string): { yaml: string; rest: string } {
  if (!text.startsWith(OPENING)) {
    throw new ContentError(file, 1, 'expected YAML frontmatter starting with a "---" line');
  }
  const rest = text.slice(4);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    throw new ContentError(file, 1, 'expected the frontmatter to end with a "---" line');
  }
  return { yaml: rest.slice(0, closing.index), rest: rest.slice(closing.index + 3) };
}

/** The line of `text` on which `rest` (what `splitFrontmatter` leaves after the frontmatter) begins: the closing fence's. */
export function restLine(text: string, rest: string): number {
  return lineAt(text, text.length - rest.length);
}

/**
 * Splits and parses a file's frontmatter; a missing fence, invalid YAML or YAML nested too deep to parse is an error
 * naming the line.
 */
export function readFrontmatter(file: string, text: string): FrontmatterFile {
  const { yaml, rest: after } = splitFrontmatter(file, text);
  // The YAML starts on the file's second line, after the opening fence.
  const deep = yamlNestingProblem(yaml);
  if (deep) throw new ContentError(file, deep.line + 1, deep.message);
  // YAML 1.1, for ingest, the check and the site alike (src/loaders/content-files.ts reads through this module).
  // Problems are errors or nothing: a warning would go to the console, not to the file's own report.
  const document = parseDocument(yaml, {
    version: '1.1',
    prettyErrors: false,
    keepSourceTokens: false,
    logLevel: 'error',
  });
  const [error] = document.errors;
  if (error) {
    const line = lineAt(yaml, error.pos[0]) + 1;
    throw new ContentError(file, line, `expected valid YAML frontmatter: ${error.message.split('\n')[0] ?? ''}`, {
      cause: error,
    });
  }
  if (!isMap(document.contents)) {
    throw new ContentError(file, 2, 'expected the frontmatter to be a YAML mapping of fields');
  }
  return { document, rest: after };
}

/** The line (1-based, in the whole file) where a frontmatter field starts, for error messages. */
export function fieldLine(text: string, field: string | number | undefined): number | undefined {
  if (typeof field !== 'string') return undefined;
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.startsWith(`${field}:`));
  return index === -1 ? undefined : index + 1;
}

/**
 * The frontmatter's fields as plain data. A document whose aliases would expand beyond reason (a "billion laughs"
 * alias bomb) is an error naming the file, not a crash.
 */
export function frontmatterData(file: string, document: Document.Parsed): unknown {
  try {
    return document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    throw new ContentError(file, 2, `expected plain YAML frontmatter: ${(error as Error).message}`, { cause: error });
  }
}

/** How many alias expansions frontmatter may need: real files use none. */
const MAX_ALIAS_COUNT = 100;
