import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { mdxProblems } from './untrusted-mdx.ts';

const TOPIC = readFileSync('content/topics/agents.mdx', 'utf8');

describe('mdxProblems', () => {
  test('finds nothing in the real topics: Markdown only', () => {
    for (const name of readdirSync('content/topics')) {
      expect(mdxProblems(readFileSync(`content/topics/${name}`, 'utf8'))).toEqual([]);
    }
  });

  test('refuses an export that runs a command when the site is built, and the expression that shows it', () => {
    const hostile = `${TOPIC}\nexport const x = (await import("node:child_process")).execSync("id").toString();\n\n{x}\n`;
    const lines = TOPIC.split('\n').length;
    expect(mdxProblems(hostile)).toEqual([
      { line: lines + 1, message: '`import` and `export` run code when the site is built; expected Markdown only' },
      {
        line: lines + 3,
        message: '"{x}" is a JavaScript expression; expected Markdown only (write \\{ for a brace)',
      },
    ]);
  });

  test('refuses imports, inline expressions, script and style elements and event handlers', () => {
    const source = [
      "import Evil from '../../src/components/Header.astro';",
      '',
      'Text with {1 + 1} inside.',
      '',
      '<script>{"alert(1)"}</script>',
      '',
      '<style>{"body { display: none }"}</style>',
      '',
      '<img src="x" onError="alert(1)" />',
    ].join('\n');
    expect(mdxProblems(source).map((problem) => [problem.line, problem.message.split(' ')[0]])).toEqual([
      [1, '`import`'],
      [3, '"{1'],
      [5, '<script>'],
      [7, '<style>'],
      [9, '<img>'],
    ]);
  });

  test('names the line of MDX that does not parse', () => {
    const [problem] = mdxProblems(`${TOPIC}\nAn unclosed <b tag.\n`);
    expect(problem?.line).toBe(TOPIC.split('\n').length + 1);
    expect(problem?.message).toMatch(/^is not valid MDX \(.+\); expected Markdown$/);
  });

  test(
    'refuses a topic of lists nested 30,000 deep before parsing it, naming the line in the file',
    () => {
      const lines = TOPIC.split('\n').length;
      expect(mdxProblems(`${TOPIC}\n${'- '.repeat(30_000)}listed\n`)).toEqual([
        {
          line: lines + 1,
          message:
            'the text nests deeper than 64 levels here (block quotes, lists or emphasis inside one another); expected at most 64',
        },
      ]);
    },
    // micromark alone would take far longer: its time grows with the square of the depth (BENCHMARKS.md).
    2_000,
  );
});
