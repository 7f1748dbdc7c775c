import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { decodeText } from '../decode-text.ts';
import type { ContentError } from '../content-error.ts';
import { contentErrorOf } from '../fixtures/content-error-of.ts';
import { digest, HEADER, LATENT_LENS, PREPLAN, SINK_SURVEY, STVG, TPLA } from '../fixtures/digest-snippets.ts';
import { missingFields } from './digest.ts';
import { parseTextDigest } from './text-digest.ts';

const parseError = (file: string, text: string): ContentError => contentErrorOf(() => parseTextDigest(file, text));

describe('parseTextDigest', () => {
  test('reads every entry of the real digests with its fields', () => {
    const file = 'content/digests/004_a694c269b68bac59.txt';
    const parsed = parseTextDigest(file, decodeText(file, readFileSync(file)));
    expect(parsed.date).toBe('2026-03-03');
    expect(parsed.entries).toHaveLength(33);
    expect(parsed.entries[0]).toEqual({
      line: 13,
      title: 'Zebra-Llama: Towards Extremely Efficient Hybrid Models',
      abstract: expect.stringMatching(/^With the growing demand for deploying large language models/) as unknown,
      authors: 5,
      organization: undefined,
      published: '2025-05-22',
      comments: 0,
      arxiv: undefined,
      upvotes: undefined,
      links: [],
    });
    expect(parsed.entries.at(-1)).toMatchObject({
      title: 'PosIR: Position-Aware Heterogeneous Information Retrieval Benchmark',
      published: '2026-01-13',
    });
  });

  test('infers the digest year from the latest year a listing shows, and says why', () => {
    const parsed = parseTextDigest('d.txt', digest('Feb 16', STVG));
    expect(parsed.date).toBe('2026-02-16');
    expect(parsed.year).toEqual({
      year: 2026,
      source: 'inferred',
      reason: 'listings show a year only for earlier years, and the latest shown is 2025',
    });
  });

  test('infers the year of a digest with 200k dated entries (found by the fuzz test)', () => {
    const entry = 'A Title\n\n  • 2 authors\n·\nSep 18, 2025\n\n';
    const parsed = parseTextDigest('d.txt', `${digest('Feb 16')}${entry.repeat(200_000)}`);
    expect(parsed.entries).toHaveLength(200_000);
    expect(parsed.date).toBe('2026-02-16');
  });

  test('takes the year from an ISO date in the file name over the inference', () => {
    const parsed = parseTextDigest('content/digests/2027-02-16.txt', digest('Feb 16', STVG));
    expect(parsed.date).toBe('2027-02-16');
    expect(parsed.year.source).toBe('file name');
  });

  test('refuses a file name date that disagrees with the header', () => {
    expect(parseError('2026-02-17.txt', digest('Feb 16', STVG)).message).toBe(
      "2026-02-17.txt:11: the file name says 2026-02-17 but the header's date is 02-16; expected the same month and day",
    );
  });

  test('refuses to guess a year when no entry shows one and the file name has none', () => {
    expect(parseError('d.txt', digest('Apr 20', SINK_SURVEY)).message).toBe(
      'd.txt:11: cannot infer the digest\'s year: no entry shows a year; expected the date in the file name (e.g. "2026-02-16.txt")',
    );
  });

  test('reads an author count, a comment count and a year', () => {
    const [entry] = parseTextDigest('d.txt', digest('Feb 16', STVG)).entries;
    expect(entry).toMatchObject({
      line: 13,
      authors: 4,
      organization: undefined,
      published: '2025-09-18',
      comments: 2,
    });
  });

  test('reads an organisation as id and name', () => {
    const [entry] = parseTextDigest('d.txt', digest('Feb 16', PREPLAN)).entries;
    expect(entry).toMatchObject({
      authors: undefined,
      organization: { id: 'alibaba-inc', name: 'alibaba-inc' },
      published: '2025-10-15',
    });
  });

  test('puts a date without a year in the digest year', () => {
    const [, entry] = parseTextDigest('d.txt', digest('Apr 20', STVG, SINK_SURVEY)).entries;
    expect(entry).toMatchObject({
      organization: { id: 'meituan-longcat', name: 'LongCat' },
      published: '2026-04-10',
      comments: 3,
    });
  });

  test('keeps an entry that lacks its author and date lines, reporting what is missing', () => {
    const entries = parseTextDigest('d.txt', digest('Mar 3', STVG, LATENT_LENS, TPLA)).entries;
    expect(entries.map((entry) => entry.title)).toEqual([STVG[0], LATENT_LENS[0], TPLA[0]]);
    expect(entries[1]).toMatchObject({
      line: 21,
      abstract: LATENT_LENS[2],
      authors: undefined,
      organization: undefined,
      published: undefined,
    });
    expect(entries.map((entry) => missingFields(entry))).toEqual([[], ['authors', 'published'], []]);
  });

  test('keeps an entry that lacks its abstract', () => {
    const entries = parseTextDigest('d.txt', digest('Mar 3', [TPLA[0] ?? '', '', ...TPLA.slice(4)], STVG)).entries;
    expect(entries[0]).toMatchObject({ abstract: undefined, authors: 7 });
    expect(entries.map((entry) => missingFields(entry))).toEqual([['abstract'], []]);
  });

  test('keeps a title listed with nothing else, before the next entry', () => {
    const entries = parseTextDigest('d.txt', digest('Mar 3', [LATENT_LENS[0] ?? ''], STVG)).entries;
    expect(entries.map((entry) => missingFields(entry))).toEqual([['abstract', 'authors', 'published'], []]);
  });

  test('refuses a bare title followed by a title without abstract, which reads two ways (found by the fuzz test)', () => {
    const text = digest('Mar 3', [LATENT_LENS[0] ?? ''], [TPLA[0] ?? '', '', ...TPLA.slice(4)]);
    expect(parseError('d.txt', text).message).toBe(
      'd.txt:15: expected the abstract of the paper titled on line 13 (prose, ending with a full stop), or its author and date lines; found "TPLA: Tensor Parallel Latent Attention for Efficient Disa...", which could as well be the next paper\'s title',
    );
  });

  test('warns about a date after the digest date', () => {
    const late = [...SINK_SURVEY.slice(0, 6), 'Dec 24'];
    expect(parseTextDigest('d.txt', digest('Feb 16', STVG, late)).warnings).toEqual([
      "d.txt:27: published 2026-12-24 is after the digest's date 2026-02-16",
    ]);
  });

  test('reads CRLF line endings and a BOM', () => {
    const text = decodeText(
      'd.txt',
      new TextEncoder().encode(`\uFEFF${digest('Feb 16', STVG).replaceAll('\n', '\r\n')}`),
    );
    expect(parseTextDigest('d.txt', text).entries).toHaveLength(1);
  });

  test('refuses an empty file', () => {
    expect(parseError('d.txt', '\n \n').message).toBe(
      'd.txt:1: the file is empty; expected a daily papers listing (a "Daily Papers" header, its date, then entries)',
    );
  });

  test('refuses text that is not a listing page', () => {
    expect(parseError('notes.txt', 'Shopping list\n\nmilk\n').message).toBe(
      'notes.txt:1: expected a daily papers listing: a "Daily Papers" header line near the top, found "Shopping list"',
    );
  });

  test('refuses a differently rendered capture of a listing page', () => {
    const markdown = [
      '# Daily Papers',
      '',
      '## Feb 16',
      '',
      `### [${STVG[0] ?? ''}](https://example.org/papers/1)`,
      '',
      'Submitted by akhaliq',
      '',
      '42',
    ].join('\n');
    expect(parseError('capture.md', markdown).message).toMatch(
      /^capture\.md:1: expected a daily papers listing: a "Daily Papers" header line/,
    );
    const lines = [...HEADER, 'Feb 16', '', STVG[0], 'Submitted by akhaliq · 42 upvotes', '', STVG[2], ''].join('\n');
    expect(parseError('capture.txt', lines).message).toBe(
      'capture.txt:14: expected a blank line after "Unleashing the Potential of Multimodal LLMs for Zero-Shot...", found "Submitted by akhaliq · 42 upvotes"',
    );
  });

  test('reads an abstract broken over several lines as one abstract', () => {
    const abstract = STVG[2] ?? '';
    const wrapped = abstract.replace(/(.{60,72}?) /g, '$1\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(4);
    const entries = parseTextDigest('d.txt', digest('Feb 16', [STVG[0] ?? '', '', wrapped, ...STVG.slice(3)])).entries;
    expect(entries[0]?.abstract).toBe(abstract);
    expect(entries.map((entry) => missingFields(entry))).toEqual([[]]);
  });

  test('refuses lines that do not read as one wrapped abstract: a title glued to the next paper, or to an abstract', () => {
    const wrapped = (STVG[2] ?? '').replace(/(.{60,72}?) /g, '$1\n');
    const entry = (abstract: string): string => digest('Feb 16', [STVG[0] ?? '', '', abstract, ...STVG.slice(3)]);
    expect(parseError('d.txt', entry(`${wrapped}\n${TPLA[0] ?? ''}`)).message).toBe(
      'd.txt:20: expected a blank line after "The code will be available at https://github.com/zaiquany...", found "TPLA: Tensor Parallel Latent Attention for Efficient Disa..."',
    );
    expect(parseError('d.txt', entry(`${LATENT_LENS[0] ?? ''}\n${STVG[2] ?? ''}`)).message).toBe(
      'd.txt:16: expected a blank line after "LatentLens: Revealing Highly Interpretable Visual Tokens ...", found "Spatio-temporal video grounding (STVG) aims at localizing..."',
    );
  });

  test('refuses a title broken over two lines, as a title glued to the next line would read the same', () => {
    const [first, second] = [
      'Unleashing the Potential of Multimodal LLMs for',
      'Zero-Shot Spatio-Temporal Video Grounding',
    ];
    expect(parseError('d.txt', digest('Feb 16', [first, second, ...STVG.slice(1)])).message).toBe(
      'd.txt:14: expected a blank line after "Unleashing the Potential of Multimodal LLMs for", found "Zero-Shot Spatio-Temporal Video Grounding"',
    );
  });

  test('refuses a listing whose entries have no author or date lines', () => {
    const bare = digest('Feb 16', [STVG[0] ?? '', '', STVG[2] ?? ''], [PREPLAN[0] ?? '', '', PREPLAN[2] ?? ''], STVG);
    expect(parseError('d.txt', bare).message).toBe(
      'd.txt:13: only 1 of 3 entries have author and date lines; expected a daily papers listing where each entry ends with "• N authors", "·" and a date',
    );
  });

  test('refuses a date line that does not parse, naming the line', () => {
    const bad = [...STVG.slice(0, 6), 'Sept 18, 2025 2'];
    expect(parseError('d.txt', digest('Feb 16', bad)).message).toBe(
      'd.txt:19: expected a date line like "Sep 18, 2025" or "Apr 10", optionally followed by the comment count, found "Sept 18, 2025 2"',
    );
    expect(parseError('d.txt', digest('Feb 16', [...STVG.slice(0, 6), 'Feb 30, 2025'])).line).toBe(19);
    expect(parseError('d.txt', digest('Feb 16', [...STVG.slice(0, 6), 'Sep 18 2025'])).line).toBe(19);
  });

  test('refuses Feb 29 in a year without it', () => {
    const leap = [...STVG.slice(0, 6), 'Feb 29'];
    expect(parseError('d.txt', digest('Mar 3', STVG, leap)).message).toBe(
      'd.txt:27: 2026-02-29 does not exist; expected a real calendar date',
    );
  });

  test('refuses an entry with no title', () => {
    const noTitle = STVG.slice(2);
    expect(parseError('d.txt', digest('Feb 16', PREPLAN, noTitle)).message).toMatch(
      /^d\.txt:21: expected a paper title \(a single short line\) before this abstract, found "Spatio-temporal video grounding/,
    );
    expect(parseError('d.txt', digest('Feb 16', PREPLAN, STVG.slice(4))).message).toBe(
      'd.txt:21: expected a paper title before the author and date lines, found "• 4 authors"',
    );
  });

  test('refuses a header without its date', () => {
    expect(parseError('d.txt', [...HEADER, STVG[0], ''].join('\n')).message).toMatch(
      /^d\.txt:\d+: expected the digest's date as month and day \(like "Feb 16"\)/,
    );
  });
});
