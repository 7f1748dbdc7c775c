import { describe, expect, test } from 'vitest';
import { byteSize, dataIndexBody, papersFileBody, splitByListedMonth } from './data-export.ts';
import { paper } from './fixtures/papers.ts';

const listed = (...digests: string[]): { appearances: { digest: string; comments: number }[] } => ({
  appearances: digests.map((digest) => ({ digest, comments: 0 })),
});

describe('splitByListedMonth', () => {
  test('puts each paper in the file of the month it was first listed, latest month first, in the order given', () => {
    const months = splitByListedMonth([
      paper('new', listed('2026-04-20')),
      paper('relisted', listed('2026-04-20', '2026-03-03')),
      paper('new-year', listed('2026-01-02')),
      paper('december', listed('2025-12-31')),
      paper('april-too', listed('2026-04-01')),
    ]);
    expect(months.map((month) => [month.name, month.month, month.papers.map((entry) => entry.slug)])).toEqual([
      ['papers-2026-04.json', '2026-04', ['new', 'april-too']],
      ['papers-2026-03.json', '2026-03', ['relisted']],
      ['papers-2026-01.json', '2026-01', ['new-year']],
      ['papers-2025-12.json', '2025-12', ['december']],
    ]);
  });
});

describe('papersFileBody', () => {
  test('holds each paper’s record with its absolute URL', () => {
    const body = JSON.parse(
      papersFileBody([paper('fit', { title: 'FIT' }, 'We present FIT.')], new URL('https://example.org/')),
    ) as {
      papers: { slug: string; url: string; title: string; abstract: string }[];
    };
    expect(body.papers).toMatchObject([
      {
        slug: 'fit',
        url: new URL(`${import.meta.env.BASE_URL}papers/fit/`, 'https://example.org/').href,
        title: 'FIT',
        abstract: 'We present FIT.',
      },
    ]);
  });
});

describe('byteSize', () => {
  test('counts the bytes of UTF-8, not the characters', () => {
    expect(byteSize('abc')).toBe(3);
    expect(byteSize('Zoë – 🙂')).toBe(13);
  });
});

describe('dataIndexBody', () => {
  test('lists the files with their months, counts and sizes, and the total', () => {
    const files = [
      {
        name: 'papers-2026-04.json',
        url: 'https://example.org/data/papers-2026-04.json',
        listed: '2026-04',
        papers: 31,
        bytes: 61_000,
      },
      {
        name: 'papers-2026-03.json',
        url: 'https://example.org/data/papers-2026-03.json',
        listed: '2026-03',
        papers: 33,
        bytes: 64_000,
      },
    ];
    expect(JSON.parse(dataIndexBody(files))).toEqual({
      description: 'Every paper of the archive, one file per month in which papers were first listed.',
      papers: 64,
      files,
    });
  });
});
