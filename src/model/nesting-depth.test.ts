import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { splitFrontmatter } from './frontmatter.ts';
import { MAX_NESTING } from './limits.ts';
import { jsonNestingLine, markdownNestingProblem, yamlNestingProblem } from './nesting-depth.ts';

const REAL = [
  ...readdirSync('content/papers').map((name) => `content/papers/${name}`),
  ...readdirSync('content/topics').map((name) => `content/topics/${name}`),
].map((file) => splitFrontmatter(file, readFileSync(file, 'utf8')));

const DEEP = 100_000;
/** Each deep case must be refused at once: the parsers themselves run out of stack or take far longer (BENCHMARKS.md). */
const QUICKLY = 2_000;

describe('yamlNestingProblem', () => {
  test('finds nothing in the frontmatter of the real papers and topics', () => {
    for (const { yaml } of REAL) expect(yamlNestingProblem(yaml)).toBeUndefined();
  });

  test(
    'refuses flow sequences and mappings nested 100,000 deep, on their line',
    () => {
      const flow = `title: Deep\ndeep: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`;
      expect(yamlNestingProblem(flow)).toEqual({
        line: 2,
        message:
          'the frontmatter nests deeper than 64 levels here (mappings, lists, [ ] or { } inside one another); expected at most 64',
      });
      expect(yamlNestingProblem(`title: Deep\n\ndeep: ${'{a: '.repeat(DEEP)}1${'}'.repeat(DEEP)}\n`)?.line).toBe(3);
    },
    QUICKLY,
  );

  test(
    'refuses block lists and mappings nested 100,000 deep, on the line where they pass the limit',
    () => {
      expect(yamlNestingProblem(`title: Deep\ndeep:\n  ${'- '.repeat(DEEP)}x\n`)?.line).toBe(3);
      // Nesting by indentation grows with the square of its depth, so a thousand levels fill a large file already.
      const indented = Array.from({ length: 1_000 }, (_, level) => `${' '.repeat(level)}a${level}:`).join('\n');
      // Line n opens the nth mapping.
      expect(yamlNestingProblem(`${indented} x\n`)?.line).toBe(MAX_NESTING + 1);
    },
    QUICKLY,
  );

  test('counts the brackets of collections, not those in quotes, comments or block scalars', () => {
    const yaml = `title: "[[[[" # {{{{\nnote: '{{{{'\nabstract: |\n  [[[[\nlinks: [[a]]\n`;
    expect(yamlNestingProblem(yaml, 3)).toBeUndefined();
    expect(yamlNestingProblem(yaml, 2)?.line).toBe(5);
  });

  test('lets frontmatter nest to the limit, and no deeper', () => {
    // The frontmatter's own mapping is the first level.
    const nested = (depth: number): string => `deep: ${'['.repeat(depth)}1${']'.repeat(depth)}\n`;
    expect(yamlNestingProblem(nested(MAX_NESTING - 1))).toBeUndefined();
    expect(yamlNestingProblem(nested(MAX_NESTING))?.line).toBe(1);
  });
});

describe('jsonNestingLine', () => {
  const answer = readFileSync('src/model/fixtures/daily-papers-2025-01-01.json', 'utf8');

  test('finds nothing in a real daily papers answer nested to its own depth', () => {
    expect(jsonNestingLine(answer, 16)).toBeUndefined();
    expect(jsonNestingLine(answer, 3)).toBe(5);
  });

  test('counts brackets in strings as text, not as levels', () => {
    expect(jsonNestingLine(`[{"title": "${'[{'.repeat(DEEP)}"}]`, 2)).toBeUndefined();
  });

  test(
    'refuses lists and objects nested 100,000 deep, on the line where they pass the limit',
    () => {
      expect(jsonNestingLine(`[\n{"a":\n${'[{"b": '.repeat(DEEP)}1${'}]'.repeat(DEEP)}}]`, 16)).toBe(3);
    },
    QUICKLY,
  );
});

describe('markdownNestingProblem', () => {
  test('finds nothing in the bodies of the real papers and topics', () => {
    for (const { rest } of REAL) expect(markdownNestingProblem(rest)).toBeUndefined();
  });

  test(
    'refuses block quotes, lists and emphasis nested 100,000 deep, on their line',
    () => {
      const message =
        'the text nests deeper than 64 levels here (block quotes, lists or emphasis inside one another); expected at most 64';
      expect(markdownNestingProblem(`An abstract.\n\n${'> '.repeat(DEEP)}quoted\n`)).toEqual({ line: 3, message });
      expect(markdownNestingProblem(`${'>'.repeat(DEEP)}quoted\n`)?.line).toBe(1);
      expect(markdownNestingProblem(`A list:\n\n${'- '.repeat(DEEP)}listed\n`)?.line).toBe(3);
      expect(markdownNestingProblem(`${'1. '.repeat(DEEP)}listed\n`)?.line).toBe(1);
      expect(markdownNestingProblem(`${'*a '.repeat(DEEP)}x${' b*'.repeat(DEEP)}\n`)?.line).toBe(1);
      expect(markdownNestingProblem(`${'*'.repeat(DEEP)}x${'*'.repeat(DEEP)}\n`)?.line).toBe(1);
      expect(markdownNestingProblem(`${'_a '.repeat(DEEP)}x${' b_'.repeat(DEEP)}\n`)?.line).toBe(1);
    },
    QUICKLY,
  );

  test('counts lists nested by indentation, and quotes and lists on one line', () => {
    const indented = ['- a', '  - b', '    - c', '      > - d'].join('\n');
    expect(markdownNestingProblem(indented, 5)).toBeUndefined();
    expect(markdownNestingProblem(indented, 4)?.line).toBe(4);
  });

  test('counts emphasis left open across the lines of a paragraph, and closed emphasis not at all', () => {
    expect(markdownNestingProblem('*one *two\n*three four* five*', 2)?.line).toBe(2);
    expect(markdownNestingProblem('*one *two\n\n*three four* five*', 2)).toBeUndefined();
    expect(markdownNestingProblem(`${'*closed* and **closed** '.repeat(DEEP)}\n`)).toBeUndefined();
  });

  test('does not count a closer of one kind against an opener of the other', () => {
    expect(markdownNestingProblem(`${'*a b_ '.repeat(MAX_NESTING + 1)}\n`)?.line).toBe(1);
  });

  test('reads code spans and top-level code fences as text, where nothing nests', () => {
    const code = `Call \`f(*args, **kwargs)\` or \`\`**x\`\`.\n\n\`\`\`\n${'> '.repeat(DEEP)}\n\`\`\`\n\nAfter.\n`;
    expect(markdownNestingProblem(code, 1)).toBeUndefined();
  });
});
