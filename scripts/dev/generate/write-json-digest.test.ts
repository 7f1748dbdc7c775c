import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseDailyPapers } from '../../../src/model/digests/daily-papers-json.ts';
import { missingFields } from '../../../src/model/digests/digest.ts';
import { generateJsonDigest, type JsonListingToRender } from './write-json-digest.ts';

// The two papers of the real-shaped answer in src/model/fixtures/daily-papers-2025-01-01.json, as listings.
const FIXTURE = JSON.parse(readFileSync('src/model/fixtures/daily-papers-2025-01-01.json', 'utf8')) as {
  paper: { authors: { name: string; hidden: boolean }[]; summary: string };
}[];
const summary = (index: number): string => FIXTURE[index]?.paper.summary.replace(/\s+/g, ' ') ?? '';
const TITANS: JsonListingToRender = {
  title: 'Titans: Learning to Memorize at Test Time',
  abstract: summary(0),
  authors: undefined,
  authorNames: FIXTURE[0]?.paper.authors.map(({ name, hidden }) => ({ name, hidden })) ?? [],
  organization: { id: 'google', name: 'Google' },
  published: '2024-12-31',
  comments: 3,
  withoutMeta: false,
};
const LATENT_DIFFUSION: JsonListingToRender = {
  title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
  abstract: summary(1),
  authors: 5,
  authorNames: FIXTURE[1]?.paper.authors.map(({ name, hidden }) => ({ name, hidden })) ?? [],
  organization: undefined,
  published: '2021-12-20',
  comments: 0,
  withoutMeta: false,
};

describe('generateJsonDigest', () => {
  test('returns the entries parseDailyPapers reads back, names and line numbers included', () => {
    const { text, entries } = generateJsonDigest('2025-01-01', [TITANS, LATENT_DIFFUSION]);
    const parsed = parseDailyPapers('2025-01-01.json', text);
    expect(parsed.date).toBe('2025-01-01');
    expect(parsed.entries).toEqual(entries);
    expect(entries.map((entry) => [entry.authors, entry.authorNames, entry.organization])).toEqual([
      [3, ['Ali Behrouz', 'Peilin Zhong', 'Vahab Mirrokni'], { id: 'google', name: 'Google' }],
      [5, ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser', 'Björn Ommer'], undefined],
    ]);
  });

  test('gives no authors, organisation or date for a listing without its meta lines, and reports them missing', () => {
    const { text, entries } = generateJsonDigest('2025-01-01', [
      { ...TITANS, withoutMeta: true },
      { ...LATENT_DIFFUSION, abstract: undefined },
    ]);
    expect(entries.map((entry) => missingFields(entry))).toEqual([['authors', 'published'], ['abstract']]);
    expect(parseDailyPapers('2025-01-01.json', text).entries).toEqual(entries);
  });
});
