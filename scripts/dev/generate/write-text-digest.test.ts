import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { generateDigest, type ListingToRender } from './write-text-digest.ts';
import { missingFields } from '../../../src/model/digests/digest.ts';
import { parseTextDigest } from '../../../src/model/digests/text-digest.ts';

const REAL = 'content/digests/002_07ad6c0b32a76128.txt';
const realLines = readFileSync(REAL, 'utf8').split('\n');

/** The real digest's first two entries (lines 13 to 27), as listings to render. */
const STVG: ListingToRender = {
  title: realLines[12] ?? '',
  abstract: realLines[14],
  authors: 4,
  organization: undefined,
  published: '2025-09-18',
  comments: 2,
  withoutMeta: false,
};
const OAT: ListingToRender = {
  title: realLines[20] ?? '',
  abstract: realLines[22],
  authors: 5,
  organization: undefined,
  published: '2024-07-18',
  comments: 0,
  withoutMeta: false,
};

describe('generateDigest', () => {
  test('lays out the header and entries line for line as the real digest does', () => {
    const { text } = generateDigest('2026-02-16', [STVG, OAT]);
    expect(text).toBe(realLines.slice(0, 27).join('\n'));
  });

  test('returns the entries parseTextDigest reads back, line numbers included', () => {
    const { text, entries } = generateDigest('2026-02-16', [STVG, OAT]);
    expect(entries.map((entry) => entry.line)).toEqual([13, 21]);
    expect(parseTextDigest('2026-02-16.txt', text).entries).toEqual(entries);
  });

  test('shows the year only for other years and the comment count only when there is one', () => {
    const { text } = generateDigest('2026-03-03', [
      { ...STVG, published: '2026-01-13', comments: 0 },
      { ...OAT, published: '2025-12-31', comments: 7 },
    ]);
    const dates = text.split('\n').filter((line) => /^[A-Z][a-z]{2} \d/.test(line));
    expect(dates).toEqual(['Mar 3', 'Jan 13', 'Dec 31, 2025 7']);
  });

  test('writes an organisation as "<org-id> <Org Name>" in place of the author count', () => {
    const { text, entries } = generateDigest('2026-03-03', [
      { ...OAT, authors: undefined, organization: { id: 'moonshotai', name: 'Moonshot AI' } },
    ]);
    expect(text.split('\n').slice(-3)).toEqual(['moonshotai Moonshot AI', '·', 'Jul 18, 2024']);
    expect(entries[0]?.organization).toEqual({ id: 'moonshotai', name: 'Moonshot AI' });
  });

  test('leaves out the lines an entry lacks and reads them back as missing', () => {
    const { text, entries } = generateDigest('2026-03-03', [
      { ...STVG, withoutMeta: true },
      { ...OAT, abstract: undefined },
      STVG,
    ]);
    expect(entries.map((entry) => missingFields(entry))).toEqual([['authors', 'published'], ['abstract'], []]);
    expect(parseTextDigest('2026-03-03.txt', text).entries).toEqual(entries);
  });
});
