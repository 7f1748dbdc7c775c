import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ContentError } from '../content-error.ts';
import { contentErrorOf } from '../fixtures/content-error-of.ts';
import { digest, STVG } from '../fixtures/digest-snippets.ts';
import { digestId, isDigestFile, parseDigest } from './parse-digest.ts';
import { parseTextDigest } from './text-digest.ts';

const REAL = 'content/digests/004_a694c269b68bac59.txt';

const parseError = (file: string, bytes: Uint8Array): ContentError => contentErrorOf(() => parseDigest(file, bytes));

describe('parseDigest', () => {
  test('reads a real text digest from its bytes as the text digest parser reads its text', () => {
    const parsed = parseDigest(REAL, readFileSync(REAL));
    expect(parsed).toEqual(parseTextDigest(REAL, readFileSync(REAL, 'utf8')));
    expect(parsed.date).toBe('2026-03-03');
    expect(parsed.entries).toHaveLength(33);
  });

  test('refuses a file in no known format by name, saying how digests are named', () => {
    const bytes = new TextEncoder().encode(digest('Feb 16', STVG));
    for (const file of ['digests/2026-02-16.html', 'digests/2026-02-16', 'digests/a.txt.bak'])
      expect(parseError(file, bytes).message).toBe(
        `${file}: expected digest files named <name>.txt or <name>.md or <name>.json in the digests folder`,
      );
  });

  test('refuses bytes that are not UTF-8, naming the file and the line', () => {
    // The real digest as an editor saving Latin-1 would leave it: its first "·" (line 18) as the one byte 0xB7.
    const utf8 = readFileSync(REAL);
    const separator = utf8.indexOf(Buffer.from('·'));
    const latin1 = Buffer.concat([utf8.subarray(0, separator), Buffer.from([0xb7]), utf8.subarray(separator + 2)]);
    const error = parseError('digests/004_a694c269b68bac59.txt', latin1);
    expect(error.message).toBe(
      'digests/004_a694c269b68bac59.txt:18: expected UTF-8 text, found bytes that are not valid UTF-8',
    );
  });
});

describe('isDigestFile', () => {
  test('says yes to a .txt, .md or .json file, whatever its name', () => {
    expect(isDigestFile('2026-10-02.md')).toBe(true);
    expect(isDigestFile('2025-01-01.json')).toBe(true);
    expect(isDigestFile('004_a694c269b68bac59.txt')).toBe(true);
    expect(isDigestFile('2026-05-01.txt')).toBe(true);
  });

  test('says no to any other ending, or none', () => {
    expect(isDigestFile('2026-05-01.html')).toBe(false);
    expect(isDigestFile('2026-05-01.json.bak')).toBe(false);
    expect(isDigestFile('2026-05-01')).toBe(false);
    expect(isDigestFile('2026-05-01.txt.bak')).toBe(false);
  });
});

describe('digestId', () => {
  test('is the file name without its .txt or .md ending', () => {
    expect(digestId('2026-10-02.md')).toBe('2026-10-02');
    expect(digestId('004_a694c269b68bac59.txt')).toBe('004_a694c269b68bac59');
    expect(digestId('2026-05-01.txt.txt')).toBe('2026-05-01.txt');
  });

  test('is the whole name of a file in no known format', () => {
    expect(digestId('2026-05-01.html')).toBe('2026-05-01.html');
    expect(digestId('README')).toBe('README');
  });
});

describe('parseDigest limits', () => {
  test("refuses a Markdown capture larger than a day's listing could be, naming its size", () => {
    const huge = new TextEncoder().encode('# Daily Papers\n\n'.concat('x'.repeat(3 * 1024 * 1024)));
    expect(parseError('digests/2026-10-02.md', huge).message).toBe(
      "digests/2026-10-02.md: is 3.1 MB; expected a .md digest of at most 2.0 MB (one day's listing)",
    );
  });
});
