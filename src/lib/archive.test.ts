import { describe, expect, test } from 'vitest';
import { buildArchive, RELATED_COUNT, type ArchiveInput } from './archive.ts';
import { paperInput } from './fixtures/papers.ts';

const topics = [
  { id: 'efficient-attention', data: { title: 'Efficient attention', description: 'Fast.', keywords: ['sparse'] } },
  { id: 'reasoning', data: { title: 'Reasoning', description: 'Thought.', keywords: ['reasoning'] } },
];

const input: ArchiveInput = {
  papers: [
    paperInput(
      'transmla',
      {
        title: 'TransMLA: Multi-head Latent Attention Is All You Need',
        published: '2025-02-11',
        appearances: [{ digest: '2026-03-03', comments: 9 }],
        comments: 9,
        topics: ['efficient-attention'],
        repos: ['https://github.com/fxmeng/TransMLA'],
        authors: 3,
        author_names: ['Fanxu Meng', 'Muhan Zhang'],
      },
      'Multi-head latent attention compresses the key value cache for fast decoding.',
    ),
    paperInput(
      'zebra-llama',
      {
        title: 'Zebra-Llama: Towards Extremely Efficient Hybrid Models',
        published: '2025-05-22',
        appearances: [
          { digest: '2026-02-16', comments: 1 },
          { digest: '2026-03-03', comments: 4, upvotes: 12 },
        ],
        comments: 4,
        upvotes: 12,
        topics: ['efficient-attention'],
        organization: { id: 'amd', name: 'AMD' },
      },
      'Hybrid models mix latent attention and state space layers to shrink the key value cache.',
    ),
    paperInput(
      're-reading',
      {
        title: 'Re-Reading Improves Reasoning in Large Language Models',
        published: '2023-09-12',
        appearances: [{ digest: '2026-02-16', comments: 0 }],
        topics: ['reasoning'],
      },
      'Reading the question twice improves reasoning.',
    ),
    paperInput('undated', { title: 'LatentLens', topics: ['reasoning'] }),
  ],
  topics,
  digests: [
    {
      file: 'content/digests/002.txt',
      date: '2026-02-16',
      entries: [
        { key: 're reading improves reasoning in large language models', line: 13 },
        { key: 'zebra llama towards extremely efficient hybrid models', line: 21 },
        { key: 'latentlens', line: 29 },
      ],
    },
    {
      file: 'content/digests/004.txt',
      date: '2026-03-03',
      entries: [
        { key: 'zebra llama towards extremely efficient hybrid models', line: 13 },
        { key: 'transmla multi head latent attention is all you need', line: 21 },
      ],
    },
  ],
};

describe('buildArchive', () => {
  const archive = buildArchive(input);

  test('orders the papers newest first, undated last', () => {
    expect(archive.papers.map((paper) => paper.slug)).toEqual(['zebra-llama', 'transmla', 're-reading', 'undated']);
    expect(archive.bySlug.get('transmla')?.data.comments).toBe(9);
  });

  test('lists each digest’s papers in its order, with the counts it showed, and its neighbours', () => {
    expect(
      archive.digests.map((digest) => ({
        date: digest.date,
        entries: digest.entries.map(({ paper, appearance }) =>
          [paper.slug, appearance.comments, appearance.upvotes ?? 'no upvotes'].join(' '),
        ),
        previous: digest.previous,
        next: digest.next,
      })),
    ).toEqual([
      {
        date: '2026-03-03',
        entries: ['zebra-llama 4 12', 'transmla 9 no upvotes'],
        previous: '2026-02-16',
        next: undefined,
      },
      {
        date: '2026-02-16',
        entries: ['re-reading 0 no upvotes', 'zebra-llama 1 no upvotes', 'undated 0 no upvotes'],
        previous: undefined,
        next: '2026-03-03',
      },
    ]);
    expect(archive.digestByDate.get('2026-02-16')?.file).toBe('content/digests/002.txt');
  });

  test('ranks each digest’s papers for its day’s page: upvotes first, then comments, then as listed', () => {
    expect(archive.digestByDate.get('2026-03-03')?.ranked.map(({ paper }) => paper.slug)).toEqual([
      'zebra-llama',
      'transmla',
    ]);
    expect(archive.digestByDate.get('2026-02-16')?.ranked.map(({ paper }) => paper.slug)).toEqual([
      'zebra-llama',
      're-reading',
      'undated',
    ]);
  });

  test('groups what was listed by the week and the month of its digest, and names them on each digest', () => {
    expect(archive.digests.map((digest) => [digest.date, digest.week, digest.month])).toEqual([
      ['2026-03-03', '2026-W10', '2026-03'],
      ['2026-02-16', '2026-W08', '2026-02'],
    ]);
    expect(archive.weeks.map((week) => [week.id, week.days, week.previous, week.next])).toEqual([
      ['2026-W10', ['2026-03-03'], '2026-W08', undefined],
      ['2026-W08', ['2026-02-16'], undefined, '2026-W10'],
    ]);
    expect(archive.monthById.get('2026-02')?.entries.map(({ paper }) => paper.slug)).toEqual([
      'zebra-llama',
      're-reading',
      'undated',
    ]);
    expect(archive.weekById.get('2026-W10')?.first).toBe('2026-03-02');
  });

  test('groups papers by topic, date, repository owner, organisation and author', () => {
    expect(archive.topicById.get('efficient-attention')?.papers.map((paper) => paper.slug)).toEqual([
      'zebra-llama',
      'transmla',
    ]);
    expect(archive.dates.years.map((year) => year.year)).toEqual(['2025', '2023']);
    expect(archive.dates.undated.map((paper) => paper.slug)).toEqual(['undated']);
    expect(archive.owners.map((owner) => `${owner.host}/${owner.key}`)).toEqual(['github.com/fxmeng']);
    expect(archive.papersWithCode.map((paper) => paper.slug)).toEqual(['transmla']);
    expect(archive.orgById.get('amd')?.papers.map((paper) => paper.slug)).toEqual(['zebra-llama']);
    expect(archive.authors.map((author) => [author.slug, author.papers.map((paper) => paper.slug)])).toEqual([
      ['fanxu-meng', ['transmla']],
      ['muhan-zhang', ['transmla']],
    ]);
    expect(archive.authorByName.get('Muhan Zhang')?.slug).toBe('muhan-zhang');
  });

  test('gives each paper the scopes of the listings that list it: days, weeks, months, month published, owner', () => {
    expect(archive.scopes.get('zebra-llama')).toEqual({
      'listed-day': ['2026-03-03', '2026-02-16'],
      'listed-week': ['2026-W10', '2026-W08'],
      'listed-month': ['2026-03', '2026-02'],
      month: ['2025-05'],
      owner: [],
    });
    expect(archive.scopes.get('transmla')).toMatchObject({
      'listed-day': ['2026-03-03'],
      owner: ['github.com/fxmeng'],
    });
    expect(archive.scopes.get('undated')).toMatchObject({ 'listed-day': ['2026-02-16'], month: [] });
  });

  test('relates papers by their text first, then makes up the count from their topics', () => {
    expect(archive.related.get('transmla')?.map((paper) => paper.slug)).toEqual(['zebra-llama']);
    expect(archive.related.get('re-reading')?.map((paper) => paper.slug)).toEqual(['undated']);
    expect(RELATED_COUNT).toBe(5);
  });

  test('fails on two digests of one date, naming both files', () => {
    const twin = { ...input.digests[1], file: 'content/digests/005.txt', date: '2026-03-03', entries: [] };
    expect(() => buildArchive({ ...input, digests: [...input.digests, twin] })).toThrow(
      /content\/digests\/00[45]\.txt: has the same date, 2026-03-03, as content\/digests\/00[45]\.txt; expected one digest per day/,
    );
  });

  test('fails on a paper whose file lacks the appearance a digest lists, naming the file and field', () => {
    const papers = input.papers.map((paper) =>
      paper.slug === 'transmla'
        ? { ...paper, data: { ...paper.data, appearances: [{ digest: '2026-04-20', comments: 0 }] } }
        : paper,
    );
    expect(() => buildArchive({ ...input, papers })).toThrow(
      'content/papers/transmla.md: appearances: has no entry for digest 2026-03-03, which lists it (content/digests/004.txt); expected one (run `npm run ingest`)',
    );
  });
});
