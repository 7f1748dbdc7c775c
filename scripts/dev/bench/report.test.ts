import { describe, expect, test } from 'vitest';
import { formatJsonLine, formatTable, type BenchResult } from './report.ts';

const result: BenchResult = {
  papers: 10_000,
  digests: 337,
  names: false,
  pages: 10_643,
  author_pages: 1,
  dist_mb: 215.04,
  ingest_s: 5.234,
  build_s: 61.5,
  index_s: 12.25,
  total_s: 78.984,
  peak_rss_mb: 1810.4,
  update_s: 70.1,
  update_ingest_s: 1.6,
  update_build_s: 58.4,
  update_index_s: 10.1,
  update_new_papers: 47,
  search_first_kb: 143.21,
  search_first_kb_by_query: { attention: 143.21, retrieval: 120.456 },
  search_listed_day_kb: 98.765,
  search_fast3g_ms_by_query: { attention: 4912.345, 'speculative decoding': 4100 },
  paper_html_gz_kb: 3.456,
  paper_html_gz_median_kb: 2.9,
  css_gz_kb: 1.37,
  index_step: 'pagefind --site dist, run by the bench (the project does not index yet)',
};

describe('formatTable', () => {
  test('prints one aligned row per size under the headings', () => {
    const lines = formatTable([
      result,
      {
        ...result,
        papers: 1000,
        index_s: null,
        search_first_kb: null,
        search_fast3g_ms_by_query: {},
        peak_rss_mb: null,
      },
    ]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]?.trim().split(/ {2,}/)).toEqual([
      'papers',
      'digests',
      'pages',
      'dist MB',
      'ingest s',
      'build s',
      'index s',
      'total s',
      'peak RSS MB',
      'update s (ingest+build+index)',
      'search KB',
      'search on Fast 3G s',
      'paper HTML gz KB (median/max)',
      'CSS gz KB',
    ]);
    expect(lines[2]).toContain('10000');
    expect(lines[2]).toContain('70.1 (1.6+58.4+10.1)');
    expect(lines[2]).toContain('2.9/3.5');
    expect(lines[2]).toContain('  4.9  ');
    expect(lines[3]).toContain('in build');
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
});

describe('formatJsonLine', () => {
  test('writes every field on one line, numbers to two decimals, unknowns as null', () => {
    const parsed = JSON.parse(formatJsonLine({ ...result, index_s: null })) as Record<string, unknown>;
    expect(parsed).toMatchObject({
      papers: 10_000,
      ingest_s: 5.23,
      total_s: 78.98,
      index_s: null,
      search_first_kb: 143.21,
      search_first_kb_by_query: { attention: 143.21, retrieval: 120.46 },
      search_fast3g_ms_by_query: { attention: 4912.35, 'speculative decoding': 4100 },
    });
    expect(Object.keys(parsed)).toEqual(Object.keys(result));
    expect(formatJsonLine(result)).not.toContain('\n');
  });
});
