import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { ContentError } from '../content-error.ts';
import {
  capture,
  FIRECRAWL_FOOT,
  FIRECRAWL_TOP,
  KANDINSKY_TWICE,
  NOISY_PATH,
  OCC_RAG,
  PAGED_ATTENTION,
  TRENDING_TOP,
} from '../fixtures/capture-snippets.ts';
import { contentErrorOf } from '../fixtures/content-error-of.ts';
import { missingFields } from './digest.ts';
import { parseMarkdownCapture } from './markdown-capture.ts';

const SAMPLES = '../shared/captures';
const parseError = (file: string, text: string): ContentError => contentErrorOf(() => parseMarkdownCapture(file, text));

describe('parseMarkdownCapture', () => {
  test('reads every entry of the firecrawl capture, with its id, counts and date', () => {
    const parsed = parseMarkdownCapture('capture.md', readFileSync(`${SAMPLES}/hf-search-firecrawl.md`, 'utf8'));
    expect(parsed.date).toBe('2026-10-02');
    expect(parsed.year).toEqual({ year: 2026, source: 'page', reason: 'the page links the listing of 2026-10-01' });
    expect(parsed.entries).toHaveLength(120);
    expect(parsed.entries.every((entry) => entry.arxiv !== undefined && entry.upvotes !== undefined)).toBe(true);
    expect(parsed.entries.filter((entry) => missingFields(entry).length > 0)).toEqual([]);
    expect(parsed.entries.filter((entry) => entry.organization !== undefined)).toHaveLength(10);
    expect(parsed.entries[0]).toEqual({
      line: 32,
      title: 'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering',
      abstract: expect.stringMatching(
        /^Recent progress in the development of language models .* benchmarks\.$/,
      ) as unknown,
      authors: undefined,
      organization: { id: 'occ-ai', name: 'OCC' },
      published: '2026-05-29',
      comments: 6,
      arxiv: '2606.00683',
      upvotes: 101,
      links: [],
    });
    expect(parsed.entries.at(-1)).toMatchObject({ arxiv: '2412.06272', authors: 3, published: '2024-12-08' });
  });

  test('reads every paper of the trending capture once, though the page renders each twice', () => {
    const parsed = parseMarkdownCapture(
      'digests/2026-10-05.md',
      readFileSync(`${SAMPLES}/hf-trending-html-extractor.md`, 'utf8'),
    );
    expect(parsed.date).toBe('2026-10-05');
    expect(parsed.year.source).toBe('file name');
    expect(parsed.entries).toHaveLength(50);
    expect(new Set(parsed.entries.map((entry) => entry.arxiv)).size).toBe(50);
    expect(parsed.entries.every((entry) => entry.upvotes !== undefined && entry.comments === 0)).toBe(true);
    expect(parsed.entries.filter((entry) => missingFields(entry).length > 0)).toEqual([]);
    expect(parsed.entries[0]).toEqual({
      line: 53,
      title: 'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation',
      abstract: expect.stringMatching(/^We present Kandinsky 6\.0 Video, .* under the MIT license\.$/) as unknown,
      authors: undefined,
      organization: { id: 'kandinskylab', name: 'Kandinsky Lab' },
      published: '2026-10-04',
      comments: 0,
      arxiv: '2610.05608',
      upvotes: 117,
      links: ['https://github.com/kandinskylab/kandinsky-6'],
    });
  });

  test('takes the upvotes before the title, "-" as none yet, and comments glued to the date', () => {
    const [occ, noisy] = parseMarkdownCapture('capture.md', capture(FIRECRAWL_TOP, OCC_RAG, NOISY_PATH)).entries;
    expect(occ).toMatchObject({ upvotes: 101, comments: 6, published: '2026-05-29' });
    expect(noisy).toMatchObject({ upvotes: 0, comments: 0, authors: 3, published: '2025-02-27' });
  });

  test('leaves no escape residue in titles or abstracts, and joins a hard-wrapped abstract', () => {
    const [noisy] = parseMarkdownCapture('2026-10-02.md', capture(FIRECRAWL_TOP, NOISY_PATH)).entries;
    expect(noisy?.title).toBe(
      'The Noisy Path from Source to Citation: Measuring How Scholars Engage with Past Research',
    );
    expect(noisy?.abstract).toMatch(
      /^Academic citations are widely used for evaluating research and tracing knowledge flows\. /,
    );
    expect(noisy?.abstract).toMatch(/ of evidence\.$/);
    expect(noisy?.abstract).not.toMatch(/\\|\n/);
  });

  test('reads a title wrapped onto a second line, and authors listed among avatars', () => {
    const [paged] = parseMarkdownCapture('2026-10-05.md', capture(TRENDING_TOP, PAGED_ATTENTION)).entries;
    expect(paged).toMatchObject({
      line: 54,
      title: 'Efficient Memory Management for Large Language Model Serving with PagedAttention',
      authors: 9,
      published: '2023-09-12',
      upvotes: 76,
      arxiv: '2309.06180',
      links: ['https://github.com/vllm-project/vllm'],
    });
  });

  test('keeps the line numbers of everything after a wrapped title', () => {
    const text = capture(TRENDING_TOP, PAGED_ATTENTION, KANDINSKY_TWICE);
    const [, kandinsky] = parseMarkdownCapture('2026-10-05.md', text).entries;
    const line = text.split('\n').findIndex((each) => each.startsWith('### [Kandinsky 6.0 Video')) + 1;
    expect(kandinsky?.line).toBe(line);
  });

  test('reads reference links as inline ones', () => {
    const text = [
      '# Daily Papers',
      '',
      'Oct 2',
      '',
      '[101][up]',
      '',
      '### [OCC-RAG: Optimal Cognitive Core for Faithful Question Answering][paper]',
      '',
      'Recent progress in the development of language models has been defined by scale.',
      '',
      '[OCC][org] · May 29 [6][comments]',
      '',
      '[up]: https://huggingface.co/login?next=%2Fpapers%2F2606.00683',
      '[paper]: https://huggingface.co/papers/2606.00683',
      '[org]: https://huggingface.co/occ-ai',
      '[comments]: https://huggingface.co/papers/2606.00683#community',
    ].join('\n');
    expect(parseMarkdownCapture('2026-10-02.md', text).entries).toEqual([
      {
        line: 7,
        title: 'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering',
        abstract: 'Recent progress in the development of language models has been defined by scale.',
        authors: undefined,
        organization: { id: 'occ-ai', name: 'OCC' },
        published: '2026-05-29',
        comments: 6,
        arxiv: '2606.00683',
        upvotes: 101,
        links: [],
      },
    ]);
  });

  test('takes the date header, with its year from a link to the day before', () => {
    const parsed = parseMarkdownCapture('capture.md', capture(FIRECRAWL_TOP, OCC_RAG, FIRECRAWL_FOOT));
    expect(parsed.date).toBe('2026-10-02');
  });

  test('takes the date from a link to the day listed when there is no header', () => {
    const parsed = parseMarkdownCapture(
      'capture.md',
      capture(['[Oct 2](https://huggingface.co/papers/date/2026-10-02)'], OCC_RAG),
    );
    expect(parsed.date).toBe('2026-10-02');
    expect(parsed.year.source).toBe('page');
  });

  test('takes the date from an ISO file name when the page has none', () => {
    expect(parseMarkdownCapture('digests/2026-10-05.md', capture(TRENDING_TOP, KANDINSKY_TWICE)).date).toBe(
      '2026-10-05',
    );
  });

  test('refuses a capture with a date neither way, naming the file', () => {
    expect(parseError('digests/trending.md', capture(TRENDING_TOP, KANDINSKY_TWICE)).message).toBe(
      'digests/trending.md: expected the listing\'s date: a date header like "Oct 2" before the first paper, a link to a day\'s listing (https://huggingface.co/papers/date/2026-10-02), or the date in the file name (like "2026-10-02.md")',
    );
  });

  test('refuses a file name and a date header that disagree', () => {
    expect(parseError('digests/2026-10-03.md', capture(FIRECRAWL_TOP, OCC_RAG)).message).toBe(
      "digests/2026-10-03.md:28: the file name says 2026-10-03 but the header's date is 10-02; expected the same month and day",
    );
  });

  test('refuses Markdown in which no paper can be found', () => {
    expect(parseError('notes.md', '# Reading list\n\n- [Attention](https://arxiv.org/abs/1706.03762)\n').message).toBe(
      'notes.md: no paper found; expected a capture of a papers listing, each paper a heading that links its page, like "### [Title](https://huggingface.co/papers/2501.00663)"',
    );
  });

  test('refuses an entry whose heading has no title, naming its line', () => {
    expect(
      parseError('2026-10-02.md', capture(FIRECRAWL_TOP, ['### [](https://huggingface.co/papers/2606.00683)'])).message,
    ).toBe(
      "2026-10-02.md:32: expected the paper's title in the heading that links https://huggingface.co/papers/2606.00683, found none",
    );
  });

  test('refuses a fence left open, which would hide every paper after it', () => {
    expect(parseError('2026-10-02.md', capture(FIRECRAWL_TOP, OCC_RAG, ['~~~~~~'], NOISY_PATH)).message).toBe(
      '2026-10-02.md:45: a code block here holds paper headings, which would be lost; expected papers outside it (is a ``` or ~~~ fence, or an HTML tag, left open?)',
    );
  });

  test(
    'refuses a capture of lists nested 30,000 deep before parsing it, naming the line',
    () => {
      const deep = capture(FIRECRAWL_TOP, OCC_RAG, [`${'- '.repeat(30_000)}listed`]);
      expect(parseError('2026-10-02.md', deep).message).toBe(
        `2026-10-02.md:${FIRECRAWL_TOP.length + OCC_RAG.length + 3}: the text nests deeper than 64 levels here (block quotes, lists or emphasis inside one another); expected at most 64`,
      );
    },
    // micromark alone would take far longer: its time grows with the square of the depth (BENCHMARKS.md).
    2_000,
  );

  test('does not take navigation, sign-up blocks or "Submitted by" for papers', () => {
    const parsed = parseMarkdownCapture('2026-10-05.md', capture(TRENDING_TOP, KANDINSKY_TWICE));
    expect(parsed.entries.map((entry) => entry.title)).toEqual([
      'Kandinsky 6.0 Video: Foundation Models for Synchronized Video and Audio Generation',
    ]);
  });
});
