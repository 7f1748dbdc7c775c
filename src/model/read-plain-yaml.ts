import { Document } from 'yaml';

/** A value the plain YAML reader gives: what `yaml`'s `toJS()` gives for the same text. */
export type PlainValue = string | number | PlainValue[] | { [key: string]: PlainValue };

// The YAML 1.1 schema's own tests for plain scalars that are not strings (null, booleans, numbers,
// timestamps, `<<`), straight from the `yaml` library, so this reader and it cannot disagree on them.
const NOT_A_STRING = (
  new Document(null, { version: '1.1' }).schema.tags as { default?: unknown; test?: RegExp }[]
).flatMap((tag) => ((tag.default === true || tag.default === 'key') && tag.test ? [tag.test] : []));
const DECIMAL = /^(?:0|[1-9][0-9]{0,14})$/;
/**
 * What a one-line plain scalar may hold to mean exactly its text: no leading indicator or space, no
 * `: ` or ` #` (a mapping or a comment), no trailing `:` or space, and no control character, tab or
 * character YAML 1.1 takes for a line break (U+0085, U+2028, U+2029), nor a BOM.
 */
const PLAIN = /^(?![-?:,[\]{}#&*!|>'"%@` ])(?!.*(?:: | #|[: ]$))[^\p{Cc}\u2028\u2029\ufeff]+$/u;
const QUOTED = /^"([^"\\\p{Cc}\u2028\u2029\ufeff]*)"$|^'([^'\p{Cc}\u2028\u2029\ufeff]*)'$/u;
const KEY = /^[a-z][a-z_]*$/;
const ENTRY = /^([a-z][a-z_]*):(?: (.*))?$/;

/**
 * Reads frontmatter written in the plain block style ingest writes (`key: value`, `key:` with an
 * indented list or mapping, `[]`), with no full YAML parse: ten times faster, which matters when a daily
 * run rereads every paper file. Returns undefined for anything else (comments, anchors, escapes, flow
 * collections, other indents, values YAML would not read as plain text or a whole number), which the
 * caller then reads with the full parser. When it returns a value, it is exactly the full parser's.
 */
export function readPlainYaml(yaml: string): Record<string, PlainValue> | undefined {
  const lines = yaml.endsWith('\n') ? yaml.slice(0, -1).split('\n') : yaml.split('\n');
  const root: Record<string, PlainValue> = {};
  let index = 0;
  while (index < lines.length) {
    const entry = ENTRY.exec(lines[index] ?? '');
    if (!entry?.[1] || Object.hasOwn(root, entry[1]) || !isKey(entry[1])) return undefined;
    index++;
    if (entry[2] !== undefined) {
      const value = entry[2] === '[]' ? [] : scalar(entry[2]);
      if (value === undefined) return undefined;
      root[entry[1]] = value;
      continue;
    }
    const block: string[] = [];
    while (index < lines.length && lines[index]?.startsWith('  ')) block.push(lines[index++] ?? '');
    const value = block[0]?.startsWith('  - ') ? list(block) : mapping(block.map((line) => line.slice(2)));
    if (value === undefined) return undefined;
    root[entry[1]] = value;
  }
  return root;
}

/** `  - item` lines, each item a scalar or a mapping continued on lines indented by four spaces. */
function list(lines: readonly string[]): PlainValue[] | undefined {
  const items: PlainValue[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index++] ?? '';
    if (!line.startsWith('  - ')) return undefined;
    const first = line.slice(4);
    if (!ENTRY.test(first)) {
      const value = scalar(first);
      if (value === undefined) return undefined;
      items.push(value);
      continue;
    }
    const body = [first];
    while (index < lines.length && lines[index]?.startsWith('    ')) body.push((lines[index++] ?? '').slice(4));
    const value = mapping(body);
    if (value === undefined) return undefined;
    items.push(value);
  }
  return items;
}

/** `key: scalar` lines with no further nesting. */
function mapping(lines: readonly string[]): Record<string, PlainValue> | undefined {
  if (lines.length === 0) return undefined;
  const map: Record<string, PlainValue> = {};
  for (const line of lines) {
    const entry = ENTRY.exec(line);
    if (!entry?.[1] || entry[2] === undefined || Object.hasOwn(map, entry[1]) || !isKey(entry[1])) return undefined;
    const value = scalar(entry[2]);
    if (value === undefined) return undefined;
    map[entry[1]] = value;
  }
  return map;
}

function isKey(text: string): boolean {
  return KEY.test(text) && !NOT_A_STRING.some((test) => test.test(text));
}

/** A plain or quoted string without escapes, or a whole decimal number; undefined for anything else. */
function scalar(text: string): string | number | undefined {
  const quoted = QUOTED.exec(text);
  if (quoted) return quoted[1] ?? quoted[2];
  if (DECIMAL.test(text)) return Number(text);
  if (!PLAIN.test(text) || NOT_A_STRING.some((test) => test.test(text))) return undefined;
  return text;
}
