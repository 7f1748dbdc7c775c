import { readFileSync } from 'node:fs';
import { describe, expect, test, vi } from 'vitest';
import { contentErrorOf } from './fixtures/content-error-of.ts';
import { frontmatterData, readFrontmatter } from './frontmatter.ts';

const PAPER = readFileSync('content/papers/superlinear-multi-step-attention.md', 'utf8');
const FILE = 'content/papers/deep.md';
const DEEP = 100_000;

/** The real paper with `lines` added at the end of its frontmatter. */
function withFields(...lines: string[]): string {
  return PAPER.replace(/\n---\n/, `\n${lines.join('\n')}\n---\n`);
}
const fieldsEnd = PAPER.split('\n').indexOf('---', 1) + 1;

describe('readFrontmatter', () => {
  test('reads a real paper file', () => {
    const { document, rest } = readFrontmatter(FILE, PAPER);
    expect(frontmatterData(FILE, document)).toMatchObject({ title: 'Superlinear Multi-Step Attention' });
    expect(rest.trim()).toBe(PAPER.split('\n---\n')[1]?.trim());
  });

  test('refuses a flow sequence nested 100,000 deep before YAML parses it, naming the file and the line', () => {
    const error = contentErrorOf(() =>
      readFrontmatter(FILE, withFields(`deep: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}`)),
    );
    expect(error.message).toBe(
      `${FILE}:${fieldsEnd}: the frontmatter nests deeper than 64 levels here (mappings, lists, [ ] or { } inside one another); expected at most 64`,
    );
  }, 2_000);

  test('refuses a block list nested 100,000 deep, naming the line where it passes the limit', () => {
    const error = contentErrorOf(() => readFrontmatter(FILE, withFields('deep:', `  ${'- '.repeat(DEEP)}x`)));
    expect([error.file, error.line]).toEqual([FILE, fieldsEnd + 1]);
  }, 2_000);

  test('names the line of invalid YAML', () => {
    const error = contentErrorOf(() => readFrontmatter(FILE, withFields('comments: 1')));
    expect(error.message).toBe(`${FILE}:${fieldsEnd}: expected valid YAML frontmatter: Map keys must be unique`);
  });

  test('gives a mapping key that is a list as text, for the schema to refuse, and prints no warning', () => {
    const warn = vi.spyOn(process, 'emitWarning');
    const data = frontmatterData(FILE, readFrontmatter(FILE, withFields('? [agents, tools]', ': both')).document);
    expect(data).toMatchObject({ '[ agents, tools ]': 'both' });
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });
});
