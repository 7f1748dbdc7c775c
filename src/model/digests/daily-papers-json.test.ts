import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contentErrorOf } from '../fixtures/content-error-of.ts';
import { parseDailyPapers } from './daily-papers-json.ts';
import { missingFields } from './digest.ts';

// A day's answer in the shape huggingface_hub's `PaperInfo` reads: Titans (listed by Google, three authors) and
// the latent diffusion paper (one author hidden, a GitHub repository with stars, a project page, no organisation).
const FIXTURE = 'src/model/fixtures/daily-papers-2025-01-01.json';
const ANSWER = readFileSync(FIXTURE, 'utf8');
const items = (): Record<string, unknown>[] => JSON.parse(ANSWER) as Record<string, unknown>[];
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const parseError = (text: string, file = 'digests/2025-01-01.json'): string =>
  contentErrorOf(() => parseDailyPapers(file, text)).message;

describe('parseDailyPapers', () => {
  test("reads every paper of a day's answer with every field the archive shows", () => {
    const digest = parseDailyPapers(FIXTURE, ANSWER);
    expect(digest.date).toBe('2025-01-01');
    expect(digest.year.source).toBe('file name');
    expect(digest.entries).toEqual([
      {
        line: 2,
        title: 'Titans: Learning to Memorize at Test Time',
        abstract: expect.stringMatching(/^Over more than a decade .* all tokens\.$/) as unknown,
        authors: 3,
        authorNames: ['Ali Behrouz', 'Peilin Zhong', 'Vahab Mirrokni'],
        organization: { id: 'google', name: 'Google' },
        published: '2024-12-31',
        comments: 3,
        arxiv: '2501.00663',
        upvotes: 78,
        githubStars: undefined,
        links: [],
      },
      {
        line: 52,
        title: 'High-Resolution Image Synthesis with Latent Diffusion Models',
        abstract: expect.stringMatching(/^By decomposing .* and beyond\.$/) as unknown,
        authors: 5,
        authorNames: ['Robin Rombach', 'Andreas Blattmann', 'Patrick Esser', 'Björn Ommer'],
        organization: undefined,
        published: '2021-12-20',
        comments: 0,
        arxiv: '2112.10752',
        upvotes: 0,
        githubStars: 13241,
        links: [
          'https://github.com/CompVis/latent-diffusion',
          'https://ommer-lab.com/research/latent-diffusion-models/',
        ],
      },
    ]);
  });

  test("joins the API's hard-wrapped abstracts and titles into one line", () => {
    const [titans, diffusion] = parseDailyPapers(FIXTURE, ANSWER).entries;
    expect(ANSWER).toContain('"High-Resolution Image Synthesis\\n  with Latent Diffusion Models"');
    expect(diffusion?.title).toBe('High-Resolution Image Synthesis with Latent Diffusion Models');
    expect(titans?.abstract).not.toMatch(/\n/);
    expect(titans?.abstract).toContain('aim to compress the data');
  });

  test("dates a paper by the paper's publication, not by when the day listed it", () => {
    const [titans] = items();
    // The item's own publishedAt is the listing time (2025-01-01); the paper's is arXiv's (2024-12-31).
    expect(titans?.publishedAt).toBe('2025-01-01T00:47:18.412Z');
    expect(parseDailyPapers(FIXTURE, ANSWER).entries[0]?.published).toBe('2024-12-31');
  });

  test('reads an item with the paper fields at its top level, as the client also accepts', () => {
    const flat = [
      {
        id: '2502.08025',
        title: 'Attention Is All You Need',
        upvotes: 42,
        numComments: 3,
        publishedAt: '2025-02-12T00:00:00.000Z',
        authors: [{ name: 'Ashish Vaswani' }],
      },
    ];
    const { entries } = parseDailyPapers('digests/2025-02-13.json', json(flat));
    expect(entries[0]).toMatchObject({
      arxiv: '2502.08025',
      title: 'Attention Is All You Need',
      upvotes: 42,
      comments: 3,
      published: '2025-02-12',
      authors: 1,
      authorNames: ['Ashish Vaswani'],
      abstract: undefined,
    });
    expect(entries.map((entry) => missingFields(entry))).toEqual([['abstract']]);
  });

  test('takes the day from when the items were listed when the file name has no date', () => {
    const digest = parseDailyPapers('digests/today.json', ANSWER);
    expect(digest.date).toBe('2025-01-01');
    expect(digest.year.source).toBe('page');
  });

  test('keeps one entry for a paper that two pages of the answer both hold', () => {
    const [titans, diffusion] = items();
    const digest = parseDailyPapers('digests/2025-01-01.json', json([titans, diffusion, titans]));
    expect(digest.entries.map((entry) => entry.arxiv)).toEqual(['2501.00663', '2112.10752']);
  });

  test('accepts nulls and fields it does not know, as the API adds them', () => {
    const [titans] = items();
    const answer = [{ ...titans, organization: null, githubRepo: null, mediaUrls: ['x'], newField: { a: 1 } }];
    const [entry] = parseDailyPapers('digests/2025-01-01.json', json(answer)).entries;
    expect(entry?.organization).toBeUndefined();
    expect(entry?.links).toEqual([]);
  });

  test('keeps the count but no names when every author is hidden', () => {
    const [titans] = items() as [{ paper: { authors: { hidden: boolean }[] } }];
    for (const author of titans.paper.authors) author.hidden = true;
    const [entry] = parseDailyPapers('digests/2025-01-01.json', json([titans])).entries;
    expect(entry?.authors).toBe(3);
    expect(entry?.authorNames).toEqual([]);
  });

  describe('refuses what is not the answer, naming the file, the line and the path of the field', () => {
    test('a wrong type deep in an item', () => {
      const text = ANSWER.replace('"name": "Andreas Blattmann"', '"name": 7');
      const line = text.split('\n').findIndex((each) => each.includes('"name": 7')) + 1;
      expect(parseError(text)).toBe(
        `digests/2025-01-01.json:${line}: [1].paper.authors[1].name: expected a text, found a number`,
      );
    });

    test('a negative count', () => {
      const text = ANSWER.replace('"numComments": 3', '"numComments": -3');
      const line = text.split('\n').findIndex((each) => each.includes('"numComments": -3')) + 1;
      expect(parseError(text)).toBe(`digests/2025-01-01.json:${line}: [0].numComments: expected a count, 0 or more`);
    });

    test('an item without a title', () => {
      expect(parseError(json([{ paper: { id: '2501.00663' } }]))).toBe(
        "digests/2025-01-01.json:2: [0].title: missing; expected the paper's title",
      );
    });

    test('a paper title hiding a right-to-left override', () => {
      const text = ANSWER.replace('"title": "Titans:', '"title": "\\u202eTitans:');
      expect(parseError(text)).toMatch(
        /:24: \[0\]\.paper\.title: expected plain text; found the control or bidirectional character U\+202E$/,
      );
    });

    test("an author's name of white space only", () => {
      const text = ANSWER.replace('"name": "Andreas Blattmann"', '"name": " \\n "');
      const line = text.split('\n').findIndex((each) => each.includes('"name": " \\n "')) + 1;
      expect(parseError(text)).toBe(
        `digests/2025-01-01.json:${line}: [1].paper.authors[1].name: expected a non-empty text`,
      );
    });

    test('an object where the list of papers belongs', () => {
      expect(parseError('{"papers": []}\n')).toBe(
        "digests/2025-01-01.json:1: the daily papers API's answer: expected a list, found an object",
      );
    });

    test('text that is not JSON, at the line where it breaks', () => {
      expect(parseError('[\n  {"title": "A"},\n  {"title": tru}\n]\n')).toBe(
        "digests/2025-01-01.json:3: is not valid JSON (invalid symbol); expected the daily papers API's answer",
      );
    });

    test('a day without papers', () => {
      expect(parseError('[]\n')).toBe(
        "digests/2025-01-01.json:1: no paper found; expected the daily papers API's answer for a day with papers",
      );
    });

    test('nesting far deeper than the answer has, before any parser recurses into it', () => {
      const deep = `[${'['.repeat(200_000)}${']'.repeat(200_000)}]`;
      expect(parseError(deep)).toBe(
        "digests/2025-01-01.json:1: is nested more than 16 levels deep; expected the daily papers API's answer",
      );
    });
  });
});
