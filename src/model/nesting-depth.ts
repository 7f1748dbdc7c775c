// Contributed YAML, Markdown and JSON nested too deep to parse, found before any parser sees them. `yaml` builds a
// document by recursing once per level, so frontmatter nested thousands deep exhausts the call stack, and so does
// `jsonc-parser`'s tree of a JSON digest; micromark (which reads paper bodies in the check, topics in the MDX guard,
// and Markdown captures) takes time that grows with the square of the depth of quotes, lists and emphasis, so a file
// well within its size limit could hold up a check or a build for long. Each scan takes time in proportion to the
// text.
import { createScanner } from 'jsonc-parser';
import { Lexer, Parser } from 'yaml';
import { MAX_NESTING } from './limits.ts';
import { lineAt } from './line-lookup.ts';

/** Where a text nests too deep: the line (1-based, in the text given) and what was expected. */
export interface NestingProblem {
  line: number;
  message: string;
}

/**
 * The first line where YAML nests deeper than `limit` (block mappings and lists, flow `[ ]` and `{ }`), or undefined.
 * `yaml`'s own lexer and CST parser read it one token at a time and keep the open collections on a stack of their own,
 * so the depth is the library's, quoting and comments included, and reading stops at the first token too deep.
 */
export function yamlNestingProblem(yaml: string, limit = MAX_NESTING): NestingProblem | undefined {
  const parser = new Parser();
  for (const lexeme of new Lexer().lex(yaml)) {
    // Nothing is kept: the finished tokens are drained only so the parser moves on.
    Array.from(parser.next(lexeme));
    // The stack holds the document, then every collection open at this token, then the value being read.
    if (parser.stack.length - 1 > limit) {
      return {
        line: lineAt(yaml, parser.offset),
        message: `the frontmatter nests deeper than ${limit} levels here (mappings, lists, [ ] or { } inside one another); expected at most ${limit}`,
      };
    }
  }
  return undefined;
}

/** The scanner's tokens that open and close a level, and its end (`SyntaxKind`, a const enum the types only declare). */
const OPEN_BRACE = 1;
const CLOSE_BRACE = 2;
const OPEN_BRACKET = 3;
const CLOSE_BRACKET = 4;
const EOF = 17;

/**
 * The first line where JSON nests deeper than `limit` (objects and lists inside one another), or undefined.
 * `jsonc-parser`'s scanner reads one token at a time and keeps no stack. The limit is the caller's: a format's own
 * shape says how deep it may go.
 */
export function jsonNestingLine(json: string, limit: number): number | undefined {
  const scanner = createScanner(json, true);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) depth++;
    else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) depth--;
    if (depth > limit) return lineAt(json, scanner.getTokenOffset());
  }
  return undefined;
}

/**
 * The first line where Markdown nests deeper than `limit`, or undefined. A line's depth is its block quote and list
 * markers, its indentation (every two columns may open a list item) and the emphasis (`*`, `_`) left open before it in
 * its paragraph. This counts at least as deep as the parser nests for quotes, lists and emphasis (code spans and top-
 * level code fences aside, where nothing nests), and deeper for some text that does not nest, such as an indented code
 * block or an unclosed `*`: with a limit far beyond real files, that costs nothing.
 */
export function markdownNestingProblem(markdown: string, limit = MAX_NESTING): NestingProblem | undefined {
  const problem = (line: number): NestingProblem => ({
    line,
    message: `the text nests deeper than ${limit} levels here (block quotes, lists or emphasis inside one another); expected at most ${limit}`,
  });
  let fence: string | undefined;
  const emphasis = new OpenEmphasis();
  for (const [index, line] of markdown.split('\n').entries()) {
    const { markers, columns, start } = containerPrefix(line);
    const content = line.slice(start);
    // A code fence at the first column, outside any container, holds text until its closing fence or the end.
    if (fence !== undefined) {
      const closing = /^(`{3,}|~{3,})[ \t]*$/.exec(content)?.[1];
      // A fence closes with a run of its own character at least as long as the one that opened it.
      if (markers === 0 && columns < 4 && closing?.startsWith(fence.charAt(0)) && closing.length >= fence.length) {
        fence = undefined;
      }
      continue;
    }
    if (markers === 0 && columns === 0) {
      fence = /^(?:`{3,}|~{3,})/.exec(content)?.[0];
      if (fence !== undefined) {
        emphasis.reset();
        continue;
      }
    }
    const containers = markers + Math.floor(columns / 2);
    if (containers > limit) return problem(index + 1);
    // Emphasis never crosses a blank line.
    if (content.trim() === '') emphasis.reset();
    else if (emphasis.read(content, limit - containers)) return problem(index + 1);
  }
  return undefined;
}

/** A block quote marker, or a list item marker followed by a space, a tab or the end of the line. */
const MARKER = />|(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/y;

/** A line's leading quote and list markers, the columns of indentation among them, and where its content starts. */
function containerPrefix(line: string): { markers: number; columns: number; start: number } {
  let markers = 0;
  let columns = 0;
  let index = 0;
  for (;;) {
    let run = 0;
    while (line[index] === ' ' || line[index] === '\t') {
      run += line[index] === '\t' ? 4 : 1;
      index++;
    }
    // The space after a marker belongs to the marker.
    columns += markers > 0 ? Math.max(0, run - 1) : run;
    MARKER.lastIndex = index;
    const marker = MARKER.exec(line);
    if (marker === null) return { markers, columns, start: index };
    markers++;
    index += marker[0].length;
  }
}

const WHITESPACE = /\s/u;
const PUNCTUATION = /[\p{P}\p{S}]/u;

/**
 * The emphasis delimiters (`*` and `_`, counted apart, as only like closes like) opened in a paragraph and not yet
 * closed, by CommonMark's flanking rules. A closer takes back as many as its run's length; delimiters the parser would
 * leave unmatched still count, so the count is never below the parser's nesting.
 */
class OpenEmphasis {
  private stars = 0;
  private underscores = 0;

  reset(): void {
    this.stars = 0;
    this.underscores = 0;
  }

  /** Reads one line of a paragraph; true when emphasis nests deeper than `limit` on it. */
  read(text: string, limit: number): boolean {
    const spans = codeSpans(text);
    for (let index = 0; index < text.length; index++) {
      const char = text[index];
      if (char === '\\') {
        index++;
        continue;
      }
      if (char === '`') {
        index = (spans.get(index) ?? runEnd(text, index)) - 1;
        continue;
      }
      if (char !== '*' && char !== '_') continue;
      const end = runEnd(text, index);
      const before = text[index - 1] ?? ' ';
      const after = text[end] ?? ' ';
      const left =
        !WHITESPACE.test(after) && (!PUNCTUATION.test(after) || WHITESPACE.test(before) || PUNCTUATION.test(before));
      const right =
        !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || WHITESPACE.test(after) || PUNCTUATION.test(after));
      const opens = char === '*' ? left : left && (!right || PUNCTUATION.test(before));
      const closes = char === '*' ? right : right && (!left || PUNCTUATION.test(after));
      const length = end - index;
      const open = char === '*' ? this.stars : this.underscores;
      const next = closes && open > 0 ? Math.max(0, open - length) : opens ? open + length : open;
      if (char === '*') this.stars = next;
      else this.underscores = next;
      if (this.stars + this.underscores > limit) return true;
      index = end - 1;
    }
    return false;
  }
}

/** Where the run of the character at `start` ends. */
function runEnd(text: string, start: number): number {
  let end = start;
  while (text[end] === text[start]) end++;
  return end;
}

/**
 * The code spans of one line, as the start of each opening backtick run and the end of its closing run: a run opens a
 * span when a run of the same length follows. Spans across lines are left out, so their text is read as text: counted
 * deeper, never less deep.
 */
function codeSpans(text: string): Map<number, number> {
  const runs = new Map<number, number[]>();
  const starts: { start: number; length: number }[] = [];
  for (let index = text.indexOf('`'); index !== -1; index = text.indexOf('`', index)) {
    const end = runEnd(text, index);
    const length = end - index;
    starts.push({ start: index, length });
    const same = runs.get(length);
    if (same === undefined) runs.set(length, [index]);
    else same.push(index);
    index = end;
  }
  const spans = new Map<number, number>();
  const next = new Map<number, number>();
  let after = 0;
  for (const { start, length } of starts) {
    if (start < after) continue;
    const same = runs.get(length) ?? [];
    let position = next.get(length) ?? 0;
    while (position < same.length && (same[position] ?? 0) <= start) position++;
    next.set(length, position);
    const closing = same[position];
    if (closing === undefined) continue;
    after = closing + length;
    spans.set(start, after);
  }
  return spans;
}
