import { describe, expect, test } from 'vitest';
import { digest, LATENT_LENS, PREPLAN, STVG } from '../fixtures/digest-snippets.ts';
import { parseDailyPapers } from './daily-papers-json.ts';
import { missingFields } from './digest.ts';
import { parseTextDigest } from './text-digest.ts';

describe('missingFields', () => {
  test('is nothing for an entry with an abstract, an author count and a date', () => {
    const [entry] = parseTextDigest('d.txt', digest('Feb 16', STVG)).entries;
    expect(entry && missingFields(entry)).toEqual([]);
  });

  test('counts an organisation as naming who wrote the paper', () => {
    const [entry] = parseTextDigest('d.txt', digest('Feb 16', PREPLAN)).entries;
    expect(entry).toMatchObject({ authors: undefined, organization: { id: 'alibaba-inc', name: 'alibaba-inc' } });
    expect(entry && missingFields(entry)).toEqual([]);
  });

  test('names what a title listed alone lacks, in the order ingest reports it', () => {
    const [entry] = parseTextDigest('d.txt', digest('Mar 3', [LATENT_LENS[0] ?? ''], STVG)).entries;
    expect(entry && missingFields(entry)).toEqual(['abstract', 'authors', 'published']);
  });

  test('finds the authors missing from an API item whose author list is empty', () => {
    const item = { paper: { id: '2501.00663', title: 'Titans', summary: 'Memory.', authors: [] }, numComments: 0 };
    const [entry] = parseDailyPapers('2025-01-01.json', JSON.stringify([item])).entries;
    expect(entry && missingFields(entry)).toEqual(['authors', 'published']);
  });
});
