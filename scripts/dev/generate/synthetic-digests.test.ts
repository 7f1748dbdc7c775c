import { describe, expect, test } from 'vitest';
import { collectPapers } from '../../ingest/collect-papers.ts';
import { decodeText } from '../../../src/model/decode-text.ts';
import { DigestGenerator, generateDigests } from './synthetic-digests.ts';
import { parseTextDigest } from '../../../src/model/digests/text-digest.ts';
import { parseDailyPapers } from '../../../src/model/digests/daily-papers-json.ts';
import { missingFields } from '../../../src/model/digests/digest.ts';
import { REPEAT_AUTHOR_SHARE } from './synthetic-authors.ts';

const PAPERS = 3000;
const { digests } = generateDigests(PAPERS, 'test');
const entries = digests.flatMap((digest) => digest.entries);
const abstracts = entries.flatMap((entry) => (entry.abstract === undefined ? [] : [entry.abstract]));

describe('generateDigests', () => {
  test('parseTextDigest accepts every generated digest and reads back exactly the generated entries', () => {
    for (const digest of digests) {
      const parsed = parseTextDigest(digest.name, decodeText(digest.name, new TextEncoder().encode(digest.text)));
      expect(parsed.date).toBe(digest.date);
      expect(parsed.warnings).toEqual([]);
      expect(parsed.entries).toEqual(digest.entries);
    }
  });

  test('lists exactly the requested number of distinct papers, as collectPapers counts them', () => {
    const parsed = digests.map((digest) => parseTextDigest(digest.name, digest.text));
    const { papers, report } = collectPapers(parsed);
    expect(papers).toHaveLength(PAPERS);
    expect(report.entries).toBe(entries.length);
    expect(report.duplicates).toBe(entries.length - PAPERS);
    expect(report.warnings).toEqual([]);
  });

  test('gives the same bytes for the same seed and others for another seed', () => {
    const again = generateDigests(PAPERS, 'test').digests;
    expect(again.map((digest) => [digest.name, digest.text])).toEqual(
      digests.map((digest) => [digest.name, digest.text]),
    );
    expect(generateDigests(PAPERS, 'other').digests[0]?.text).not.toBe(digests[0]?.text);
  });

  test('writes one digest per weekday, 28 to 40 entries each, the last one cut to the paper count', () => {
    const days = digests.map((digest) => new Date(digest.date).getUTCDay());
    expect(days.every((day) => day >= 1 && day <= 5)).toBe(true);
    expect(new Set(digests.map((digest) => digest.date)).size).toBe(digests.length);
    expect(digests.slice(0, -1).every((digest) => digest.entries.length >= 28 && digest.entries.length <= 40)).toBe(
      true,
    );
    expect(digests.reduce((sum, digest) => sum + digest.newPapers, 0)).toBe(PAPERS);
  });

  test('names most digests by date and some like the real captures, whose year parseTextDigest infers', () => {
    const captures = digests.filter((digest) => /^\d{3,}_[0-9a-f]{16}\.txt$/.test(digest.name));
    expect(captures.length).toBeGreaterThan(digests.length * 0.1);
    expect(captures.length).toBeLessThan(digests.length * 0.4);
    for (const digest of captures) expect(parseTextDigest(digest.name, digest.text).year.source).toBe('inferred');
    expect(digests.filter((digest) => digest.name === `${digest.date}.txt`)).toHaveLength(
      digests.length - captures.length,
    );
  });

  test('mixes the listing variants of the real digests in realistic shares', () => {
    const share = (count: number): number => count / entries.length;
    const lines = digests.flatMap((digest) => digest.text.split('\n'));
    expect(share(entries.filter((entry) => entry.organization !== undefined).length)).toBeGreaterThan(0.02);
    expect(share(entries.filter((entry) => entry.comments > 0).length)).toBeGreaterThan(0.2);
    expect(lines.some((line) => /^[A-Z][a-z]{2} \d{1,2}$/.test(line))).toBe(true);
    expect(lines.some((line) => /^[A-Z][a-z]{2} \d{1,2}, \d{4}$/.test(line))).toBe(true);
    expect(lines.some((line) => /^[A-Z][a-z]{2} \d{1,2}, \d{4} \d+$/.test(line))).toBe(true);
    expect(entries.filter((entry) => missingFields(entry).includes('published')).length).toBeGreaterThan(0);
    expect(entries.filter((entry) => missingFields(entry).includes('abstract')).length).toBeGreaterThan(0);
    expect(share(entries.filter((entry) => missingFields(entry).length > 0).length)).toBeLessThan(0.03);
  });

  test('writes abstracts of real length, about a third with a code link and some with LaTeX residue', () => {
    const withLink = abstracts.filter((text) => /https?:\/\//.test(text)).length / abstracts.length;
    const withResidue = abstracts.filter((text) => /\\[%&]|textbf\{|\{\\bf |\^\{|~\(|left\(|\\ /.test(text)).length;
    expect(Math.min(...abstracts.map((text) => text.length))).toBeGreaterThan(500);
    expect(Math.max(...abstracts.map((text) => text.length))).toBeLessThanOrEqual(1920);
    expect(withLink).toBeGreaterThan(0.28);
    expect(withLink).toBeLessThan(0.42);
    expect(withResidue / abstracts.length).toBeGreaterThan(0.05);
  });
});

describe('DigestGenerator', () => {
  test('adds the next weekday digest to those before it, repeating some of their papers', () => {
    const { digests: archive, generator } = generateDigests(1000, 'update');
    const update = generator.next(50);
    expect(update.date > (archive.at(-1)?.date ?? '')).toBe(true);
    expect(update.entries).toHaveLength(50);
    expect(update.newPapers).toBeLessThan(50);
    expect(generator.papers).toBe(1000 + update.newPapers);
    expect(parseTextDigest(update.name, update.text).entries).toEqual(update.entries);
  });

  test('starts on the first weekday of 2020 and never lists a paper twice in one digest', () => {
    const generator = new DigestGenerator('seed');
    const first = generator.next(40);
    expect(first.date).toBe('2020-01-06');
    for (let index = 0; index < 30; index++) {
      const digest = generator.next(40);
      expect(new Set(digest.entries.map((entry) => entry.title)).size).toBe(digest.entries.length);
    }
  });
});

describe('generateDigests with names', () => {
  const named = generateDigests(PAPERS, 'test', { names: true }).digests;
  const namedEntries = named.flatMap((digest) => digest.entries);

  test('writes the daily papers API’s answers, which parseDailyPapers reads back exactly', () => {
    for (const digest of named) {
      expect(digest.name).toBe(`${digest.date}.json`);
      expect(parseDailyPapers(digest.name, digest.text).entries).toEqual(digest.entries);
    }
  });

  test('lists the same papers on the same days as without names, and names their authors', () => {
    expect(named.map((digest) => digest.date)).toEqual(digests.map((digest) => digest.date));
    // Line numbers differ by format, and the JSON counts the authors of organisations' papers too.
    const withoutNames = (entry: (typeof entries)[number]): object => ({
      ...entry,
      line: undefined,
      authors: undefined,
      authorNames: undefined,
    });
    expect(namedEntries.map(withoutNames)).toEqual(entries.map(withoutNames));
    // Every listing with its meta lines counts the authors, organisations' papers too, and names all but the hidden.
    const listed = namedEntries.filter((entry) => !missingFields(entry).includes('published'));
    expect(listed.every((entry) => (entry.authors ?? 0) >= (entry.authorNames ?? []).length)).toBe(true);
    const unnamed = listed.filter((entry) => (entry.authorNames ?? []).length === 0).length;
    expect(unnamed / listed.length).toBeLessThan(0.01);
  });

  test('repeats prolific authors across papers, and hides a few', () => {
    const { papers } = collectPapers(named.map((digest) => parseDailyPapers(digest.name, digest.text)));
    const authorships = papers.flatMap((paper) => paper.authorNames ?? []);
    const distinct = new Set(authorships).size;
    expect(distinct / authorships.length).toBeGreaterThan(1 - REPEAT_AUTHOR_SHARE - 0.05);
    expect(distinct / authorships.length).toBeLessThan(1 - REPEAT_AUTHOR_SHARE + 0.1);
    const counts = new Map<string, number>();
    for (const name of authorships) counts.set(name, (counts.get(name) ?? 0) + 1);
    expect(Math.max(...counts.values())).toBeGreaterThan(20);
    const hidden = papers.filter((paper) => (paper.authors ?? 0) > (paper.authorNames?.length ?? 0)).length;
    expect(hidden / papers.length).toBeGreaterThan(0.05);
    expect(hidden / papers.length).toBeLessThan(0.4);
  });
});
