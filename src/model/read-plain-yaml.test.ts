import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { isMap, parseDocument, stringify } from 'yaml';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';
import { readPlainYaml } from './read-plain-yaml.ts';

/** What the full parser reads, the way ingest calls it; undefined when it reports an error or no mapping. */
function fullParse(yaml: string): unknown {
  const document = parseDocument(yaml, { version: '1.1', prettyErrors: false, keepSourceTokens: false });
  return document.errors.length === 0 && isMap(document.contents) ? document.toJS() : undefined;
}

// Pieces that trip YAML up: indicators, comments, escapes, YAML 1.1's booleans, numbers and dates,
// and the characters it reads as line breaks.
const PIECES = [
  'a',
  'Title',
  ' ',
  '  ',
  ':',
  ': ',
  '#',
  ' #',
  '-',
  '- ',
  '"',
  "'",
  '\\',
  '0',
  '12',
  '07',
  '0x1',
  '1e5',
  '.',
  '.inf',
  'yes',
  'No',
  'on',
  'null',
  '~',
  '<<',
  '\u2028',
  '\u0085',
  '\t',
  '\u00a0',
  '\ufeff',
  '😀',
  'é',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a',
  '*a',
  '!',
  '%',
  '@',
  '`',
  '|',
  '>',
  '?',
  '2019-04-04',
  '12:30',
  '\r',
  '---',
  '...',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((pieces) => pieces.join(''));
const key = fc.constantFrom('title', 'listed_title', 'y', 'on', 'appearances', 'constructor', 'digest', 'comments');
const scalar = fc.oneof(text, fc.nat(), fc.constant('2019-04-04'));
const mapping = fc.dictionary(key, scalar, { minKeys: 1, maxKeys: 3 });
const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 3 }), fc.array(mapping, { maxLength: 3 }), mapping);

describe('readPlainYaml', () => {
  test('reads every paper file ingest wrote exactly as the full YAML parser does', () => {
    const files = readdirSync('content/papers');
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const { yaml } = splitFrontmatter(name, readFileSync(`content/papers/${name}`, 'utf8'));
      const plain = readPlainYaml(yaml);
      expect(plain).toBeDefined();
      expect(plain).toEqual(fullParse(yaml));
    }
  });

  test('reads lists, lists of mappings, mappings, quoted text, whole numbers and empty lists', () => {
    const yaml = [
      'title: "Re: Reading"',
      'authors: 12',
      'organization:',
      '  id: moonshotai',
      '  name: Moonshot AI',
      'appearances:',
      '  - digest: "2026-02-16"',
      '    comments: 2',
      'repos:',
      '  - https://github.com/a/b',
      'links: []',
      '',
    ].join('\n');
    expect(readPlainYaml(yaml)).toEqual({
      title: 'Re: Reading',
      authors: 12,
      organization: { id: 'moonshotai', name: 'Moonshot AI' },
      appearances: [{ digest: '2026-02-16', comments: 2 }],
      repos: ['https://github.com/a/b'],
      links: [],
    });
  });

  test('leaves to the full parser what it does not read plainly', () => {
    for (const yaml of [
      'title: A # a comment\n',
      '# a comment\ntitle: A\n',
      'published: 2026-02-16\n',
      'title: yes\n',
      'title: "A \\u0041"\n',
      'title: &anchor A\n',
      'topics: [a, b]\n',
      'title: A\ntitle: B\n',
      'title: A\n\n',
      'title: x\u2028y\n',
      'organization:\n   id: a\n',
      'authors: 012\n',
    ]) {
      expect(readPlainYaml(yaml), yaml).toBeUndefined();
    }
  });

  test('never reads anything other than what the full parser reads (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(key, value, { minKeys: 1, maxKeys: 6 }), (data) => {
        const yaml = stringify(data, { version: '1.1', lineWidth: 0, minContentWidth: 0 });
        const plain = readPlainYaml(yaml);
        if (plain !== undefined) expect(plain).toEqual(fullParse(yaml));
      }),
      { numRuns: 2000 },
    );
    const line = fc.oneof(
      fc.tuple(key, fc.constantFrom(': ', ':'), text).map((parts) => parts.join('')),
      fc
        .tuple(fc.constantFrom('  - ', '    ', '  '), key, fc.constantFrom(': ', ''), text)
        .map((parts) => parts.join('')),
      text,
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const yaml = `${lines.join('\n')}\n`;
        const plain = readPlainYaml(yaml);
        if (plain !== undefined) expect(plain).toEqual(fullParse(yaml));
      }),
      { numRuns: 3000 },
    );
  });
});
