import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentErrorOf } from './fixtures/content-error-of.ts';
import { MAX_PAPER_FILE_BYTES } from './limits.ts';
import { readContentFile } from './read-content-file.ts';

const FILE = 'content/papers/superlinear-multi-step-attention.md';
const PAPER = readFileSync(FILE, 'utf8');
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('readContentFile', () => {
  test('reads a real paper: its fields as plain data and its abstract', () => {
    const { data, body } = readContentFile(FILE, bytes(PAPER), MAX_PAPER_FILE_BYTES);
    expect(data).toEqual({
      title: 'Superlinear Multi-Step Attention',
      listed_title: 'Superlinear Multi-Step Attention',
      published: '2026-01-26',
      authors: 1,
      appearances: [{ digest: '2026-02-16', comments: 0 }],
      comments: 0,
      repos: [],
      links: [],
      topics: ['efficient-attention', 'efficient-inference'],
    });
    expect(body).toMatch(/^In this paper, we propose Superlinear attention.*future work\.$/s);
  });

  test('reads a hand-edited paper, with a comment and a flow list, as the full YAML parser does', () => {
    const edited = PAPER.replace('repos: []', '# checked by hand\nrepos: [https://github.com/a/b]');
    expect(readContentFile(FILE, bytes(edited), MAX_PAPER_FILE_BYTES).data).toMatchObject({
      repos: ['https://github.com/a/b'],
    });
  });

  test('refuses a file over its size limit before decoding it', () => {
    expect(contentErrorOf(() => readContentFile(FILE, bytes(PAPER), 1024)).message).toBe(
      `${FILE}: is 2 KB; expected at most 1 KB`,
    );
  });

  test('refuses an abstract nested too deep, naming its line in the file', () => {
    const deep = `${PAPER}\n${'> '.repeat(1_000)}quoted\n`;
    const error = contentErrorOf(() => readContentFile(FILE, bytes(deep), MAX_PAPER_FILE_BYTES));
    expect([error.line, deep.split('\n')[(error.line ?? 0) - 1]?.startsWith('> > >')]).toEqual([
      PAPER.split('\n').length + 1,
      true,
    ]);
  });
});
