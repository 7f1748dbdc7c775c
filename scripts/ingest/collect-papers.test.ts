import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { collectPapers } from './collect-papers.ts';
import { knownPapers } from './reconcile-papers.ts';
import { digest, PREPLAN, STVG, TPLA } from '../../src/model/fixtures/digest-snippets.ts';
import { parseMarkdownCapture } from '../../src/model/digests/markdown-capture.ts';
import { parseTextDigest } from '../../src/model/digests/text-digest.ts';
import { capture, FIRECRAWL_TOP, OCC_RAG } from '../../src/model/fixtures/capture-snippets.ts';

describe('collectPapers', () => {
  test('merges one paper listed in two digests, keeping each appearance and its count', () => {
    const later = parseTextDigest('2026-03-03.txt', digest('Mar 3', [...STVG.slice(0, 6), 'Sep 18, 2025 7'], TPLA));
    const earlier = parseTextDigest('2026-02-16.txt', digest('Feb 16', STVG, PREPLAN));
    const { papers, report } = collectPapers([later, earlier]);
    expect(papers.map((paper) => paper.title)).toEqual([
      STVG[0],
      PREPLAN[0],
      'TPLA: Tensor Parallel Latent Attention for Efficient Disaggregated Prefill & Decode Inference',
    ]);
    expect(papers[0]).toMatchObject({
      appearances: [
        { digest: '2026-02-16', comments: 2 },
        { digest: '2026-03-03', comments: 7 },
      ],
      sources: [
        { file: '2026-02-16.txt', line: 13 },
        { file: '2026-03-03.txt', line: 13 },
      ],
    });
    expect(report).toMatchObject({ entries: 4, duplicates: 1, incomplete: [], warnings: [] });
  });

  test('treats titles that differ only in case and punctuation as one paper', () => {
    const shouted = [(STVG[0] ?? '').toUpperCase().replaceAll('-', ' '), ...STVG.slice(1)];
    const { papers, report } = collectPapers([parseTextDigest('2026-02-16.txt', digest('Feb 16', STVG, shouted))]);
    expect(papers).toHaveLength(1);
    expect(papers[0]?.appearances).toEqual([{ digest: '2026-02-16', comments: 2 }]);
    expect(report.duplicates).toBe(1);
  });

  test('warns when listings disagree about the publication date, keeping the first', () => {
    const moved = [...STVG.slice(0, 6), 'Sep 19, 2025'];
    const { papers, report } = collectPapers([
      parseTextDigest('2026-02-16.txt', digest('Feb 16', STVG)),
      parseTextDigest('2026-03-03.txt', digest('Mar 3', moved)),
    ]);
    expect(papers[0]?.published).toBe('2025-09-18');
    expect(report.warnings).toEqual([
      `2026-03-03.txt:13: "${STVG[0] ?? ''}" is listed as published 2025-09-19, but 2025-09-18 in an earlier listing; keeping 2025-09-18`,
    ]);
  });

  test('merges a paper a text digest lists by title and a capture by id into one paper, which has the id', () => {
    const text = parseTextDigest('2026-10-01.txt', digest('Oct 1', OCC_RAG_AS_TEXT));
    const captured = parseMarkdownCapture('2026-10-02.md', capture(FIRECRAWL_TOP, OCC_RAG));
    const { papers, report } = collectPapers([captured, text]);
    expect(report.duplicates).toBe(1);
    expect(papers).toHaveLength(1);
    expect(papers[0]).toMatchObject({
      arxiv: '2606.00683',
      title: 'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering',
      appearances: [
        { digest: '2026-10-01', comments: 6 },
        { digest: '2026-10-02', comments: 6, upvotes: 101 },
      ],
    });
  });

  test('finds the paper of a listing by the id its file has, though the listing titles it otherwise', () => {
    const captured = parseMarkdownCapture('2026-10-02.md', capture(FIRECRAWL_TOP, OCC_RAG));
    const text = parseTextDigest('2026-10-03.txt', digest('Oct 3', OCC_RAG_AS_TEXT));
    // The paper's file, with the short title a listing shows as its listed title.
    const paperFile = readFileSync(OCC_RAG_FILE, 'utf8').replace(
      'listed_title: "OCC-RAG: Optimal Cognitive Core for Faithful Question Answering"',
      'listed_title: "OCC-RAG"',
    );
    const known = knownPapers([{ slug: 'occ-rag', file: OCC_RAG_FILE, text: paperFile }]);
    const renamed = { ...text, entries: text.entries.map((entry) => ({ ...entry, title: 'OCC-RAG' })) };
    const { papers } = collectPapers([captured, renamed], known);
    expect(papers.map((paper) => [paper.arxiv, paper.appearances.length])).toEqual([['2606.00683', 2]]);
  });

  test('keeps the first id when two listings give one title two ids, and says so', () => {
    const first = parseMarkdownCapture('2026-10-02.md', capture(FIRECRAWL_TOP, OCC_RAG));
    const second = parseMarkdownCapture(
      '2026-10-09.md',
      capture(
        ['Oct 9'],
        OCC_RAG.map((line) => line.replaceAll('2606.00683', '2606.00999')),
      ),
    );
    const { papers, report } = collectPapers([first, second]);
    expect(papers.map((paper) => paper.arxiv)).toEqual(['2606.00683']);
    expect(report.warnings).toEqual([
      '2026-10-09.md:4: "OCC-RAG: Optimal Cognitive Core for Faithful Question Answering" is listed as arXiv 2606.00999, but as 2606.00683 in an earlier listing; keeping 2606.00683',
    ]);
  });
});

const OCC_RAG_FILE = 'content/papers/occ-rag-optimal-cognitive-core-for-faithful-question-answering.md';

/** The firecrawl capture's first paper as a text digest lists it: its real title, abstract, organisation and date. */
const OCC_RAG_AS_TEXT = [
  'OCC-RAG: Optimal Cognitive Core for Faithful Question Answering',
  '',
  "Recent progress in the development of language models has been defined by scale, with each generation absorbing more of the world's knowledge into its weights.",
  '',
  'occ-ai OCC',
  '·',
  'May 29 6',
];
