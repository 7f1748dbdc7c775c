import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { groupByAuthor } from './group-authors.ts';

// Names from src/model/fixtures/daily-papers-2025-01-01.json (Titans and the latent diffusion paper).
const titans = paper('titans-learning-to-memorize-at-test-time', {
  authors: 3,
  author_names: ['Ali Behrouz', 'Peilin Zhong', 'Vahab Mirrokni'],
});
const latentDiffusion = paper('high-resolution-image-synthesis-with-latent-diffusion-models', {
  authors: 5,
  author_names: ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser', 'Björn Ommer'],
});
const counted = paper('attention-sink-in-transformers', { authors: 6 });

/** Each author as `slug: name (paper slugs)`, in the order given. */
function summary(papers: Parameters<typeof groupByAuthor>[0]): string[] {
  return groupByAuthor(papers).authors.map(
    (author) => `${author.slug}: ${author.name} (${author.papers.map((entry) => entry.slug).join(', ')})`,
  );
}

describe('groupByAuthor', () => {
  test('gives every named author their papers, most papers first, then by name', () => {
    const followUp = paper('titans-revisited', { author_names: ['Peilin Zhong', 'Ali Behrouz'] });
    expect(summary([followUp, titans, counted, latentDiffusion])).toEqual([
      'ali-behrouz: Ali Behrouz (titans-revisited, titans-learning-to-memorize-at-test-time)',
      'peilin-zhong: Peilin Zhong (titans-revisited, titans-learning-to-memorize-at-test-time)',
      'andreas-blattmann: Andreas Blattmann (high-resolution-image-synthesis-with-latent-diffusion-models)',
      'bjoern-ommer: Björn Ommer (high-resolution-image-synthesis-with-latent-diffusion-models)',
      'patrick-esser: Patrick Esser (high-resolution-image-synthesis-with-latent-diffusion-models)',
      'robin-rombach: Robin Rombach (high-resolution-image-synthesis-with-latent-diffusion-models)',
      'vahab-mirrokni: Vahab Mirrokni (titans-learning-to-memorize-at-test-time)',
    ]);
  });

  test('has no authors when no paper names any', () => {
    expect(groupByAuthor([counted])).toEqual({ authors: [], byName: new Map() });
  });

  test('gives two names that slug alike distinct slugs, the same whatever the order of the papers', () => {
    const one = paper('one', { author_names: ['Wei LI'] });
    const two = paper('two', { author_names: ['Wei Li'] });
    const three = paper('three', { author_names: ['Wei-Li'] });
    const expected = ['wei-li: Wei LI (one)', 'wei-li-2: Wei Li (two)', 'wei-li-3: Wei-Li (three)'];
    expect(summary([one, two, three])).toEqual(expected);
    expect(summary([three, two, one])).toEqual(expected);
    expect(summary([two, three, one])).toEqual(expected);
  });

  test('gives a name with nothing ASCII can spell a slug of its own, which no other name changes', () => {
    const slugs = (names: string[]): Map<string, string> =>
      new Map(
        groupByAuthor([paper('one', { author_names: names })]).authors.map((author) => [author.name, author.slug]),
      );
    const alone = slugs(['山田 太郎']);
    const together = slugs(['李明', '山田 太郎', '佐藤 花子']);
    expect(together.get('山田 太郎')).toBe(alone.get('山田 太郎'));
    expect(new Set(together.values()).size).toBe(3);
    for (const slug of together.values()) expect(slug).toMatch(/^author-[0-9a-f]{8}$/);
  });

  test('takes a name written with composed or decomposed letters as one name, and lists a paper once', () => {
    const composed = paper('composed', { author_names: ['Björn Ommer'] });
    const decomposed = paper('decomposed', { author_names: ['Bjo\u0308rn Ommer', 'Björn Ommer'] });
    const { authors, byName } = groupByAuthor([composed, decomposed]);
    expect(authors.map((author) => [author.slug, author.name, author.papers.map((entry) => entry.slug)])).toEqual([
      ['bjoern-ommer', 'Björn Ommer', ['composed', 'decomposed']],
    ]);
    expect(byName.get('Bjo\u0308rn Ommer')).toBe(authors[0]);
    expect(byName.get('Björn Ommer')).toBe(authors[0]);
  });

  test('finds each author by the name as a paper writes it', () => {
    const { byName } = groupByAuthor([titans, latentDiffusion]);
    expect(titans.data.author_names?.map((name) => byName.get(name)?.slug)).toEqual([
      'ali-behrouz',
      'peilin-zhong',
      'vahab-mirrokni',
    ]);
  });
});
