import { ContentError } from './content-error.ts';
import { decodeText } from './decode-text.ts';
import { frontmatterData, readFrontmatter, restLine, splitFrontmatter } from './frontmatter.ts';
import { fileSizeProblem } from './limits.ts';
import { markdownNestingProblem } from './nesting-depth.ts';
import { readPlainYaml } from './read-plain-yaml.ts';

/** A paper or topic file as the site reads it, before its frontmatter meets the schema. */
export interface ContentFileRead {
  /** The decoded text, for messages that name a field's line. */
  text: string;
  /** The frontmatter's fields, as plain data. */
  data: Record<string, unknown>;
  /** The Markdown or MDX after the frontmatter, trimmed. */
  body: string;
}

/**
 * Reads a paper or topic file as the site's content collections do, with the limits every reader of content keeps: its
 * size, UTF-8 text, frontmatter that parses (not nested too deep, its aliases not expanding beyond reason), and a body
 * not nested too deep to render. Throws a ContentError naming the file and, where there is one, the line.
 */
export function readContentFile(file: string, bytes: Uint8Array, maxBytes: number): ContentFileRead {
  const tooLarge = fileSizeProblem(bytes.length, maxBytes);
  if (tooLarge !== undefined) throw new ContentError(file, undefined, tooLarge);
  const text = decodeText(file, bytes);
  const { yaml, rest } = splitFrontmatter(file, text);
  // Most files are as ingest wrote them, which the plain reader reads exactly as the full parser would, and faster.
  const data =
    readPlainYaml(yaml) ?? (frontmatterData(file, readFrontmatter(file, text).document) as ContentFileRead['data']);
  const deep = markdownNestingProblem(rest);
  if (deep !== undefined) {
    // The body's first line is the rest of the closing fence's.
    throw new ContentError(file, restLine(text, rest) + deep.line - 1, deep.message);
  }
  return { text, data, body: rest.trim() };
}
