import { describe, expect, test } from 'vitest';
import { collectPapers } from './collect-papers.ts';
import { digest, PREPLAN, STVG, TPLA } from '../../src/model/fixtures/digest-snippets.ts';
import { parseTextDigest } from '../../src/model/digests/text-digest.ts';

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
});
