/** One archive size's measurements, as `npm run bench` prints them (one JSON line each). */
export interface BenchResult {
  papers: number;
  digests: number;
  /** Whether the digests named the authors (`--names`). */
  names: boolean;
  /** HTML files the build wrote. */
  pages: number;
  /** Of those, the author pages and the pages of the authors index. */
  author_pages: number;
  dist_mb: number;
  ingest_s: number;
  build_s: number;
  /** Undefined in JSON as null when the build indexes by itself and the step cannot be timed apart. */
  index_s: number | null;
  total_s: number;
  /** Peak resident memory of any stage: its processes together, or its largest one (see bench-measure.ts). */
  peak_rss_mb: number | null;
  /** The daily update: one more digest of 50 entries, then ingest, build and index again. */
  update_s: number;
  update_ingest_s: number;
  update_build_s: number;
  update_index_s: number | null;
  update_new_papers: number;
  /** Bytes from `/pagefind/` for the first query and its first five results; null without an index. */
  search_first_kb: number | null;
  /** The same for each query the bench tried, the first being `search_first_kb`'s. */
  search_first_kb_by_query: Record<string, number>;
  /** The same for the latest day's search link (`?listed-day=`, no words); null when not measured. */
  search_listed_day_kb: number | null;
  /** Milliseconds from opening `/search/?q=<query>` on DevTools' Fast 3G to its results, per query timed. */
  search_fast3g_ms_by_query: Record<string, number>;
  /** The heaviest paper page's HTML, gzipped; the median is alongside. */
  paper_html_gz_kb: number;
  paper_html_gz_median_kb: number;
  /** The CSS a paper page loads, gzipped. */
  css_gz_kb: number;
  /** How the search index was built: the project's own step, or the fallback the bench ran. */
  index_step: string;
}

const COLUMNS: readonly (readonly [heading: string, cell: (result: BenchResult) => string])[] = [
  ['papers', (r) => String(r.papers)],
  ['digests', (r) => String(r.digests)],
  ['pages', (r) => String(r.pages)],
  ['dist MB', (r) => r.dist_mb.toFixed(0)],
  ['ingest s', (r) => r.ingest_s.toFixed(1)],
  ['build s', (r) => r.build_s.toFixed(1)],
  ['index s', (r) => (r.index_s === null ? 'in build' : r.index_s.toFixed(1))],
  ['total s', (r) => r.total_s.toFixed(1)],
  ['peak RSS MB', (r) => (r.peak_rss_mb === null ? '?' : r.peak_rss_mb.toFixed(0))],
  [
    'update s (ingest+build+index)',
    (r) =>
      `${r.update_s.toFixed(1)} (${r.update_ingest_s.toFixed(1)}+${r.update_build_s.toFixed(1)}+${r.update_index_s === null ? '-' : r.update_index_s.toFixed(1)})`,
  ],
  ['search KB', (r) => (r.search_first_kb === null ? '-' : r.search_first_kb.toFixed(1))],
  [
    'search on Fast 3G s',
    (r) => {
      const first = Object.values(r.search_fast3g_ms_by_query)[0];
      return first === undefined ? '-' : (first / 1000).toFixed(1);
    },
  ],
  ['paper HTML gz KB (median/max)', (r) => `${r.paper_html_gz_median_kb.toFixed(1)}/${r.paper_html_gz_kb.toFixed(1)}`],
  ['CSS gz KB', (r) => r.css_gz_kb.toFixed(1)],
];

/** The readable table: one row per archive size, columns aligned. */
export function formatTable(results: readonly BenchResult[]): string {
  const rows = [
    COLUMNS.map(([heading]) => heading),
    ...results.map((result) => COLUMNS.map(([, cell]) => cell(result))),
  ];
  const widths = COLUMNS.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const line = (row: readonly string[]): string =>
    row
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)))
      .join('  ');
  return [line(rows[0] ?? []), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join(
    '\n',
  );
}

/** One JSON line per size, numbers rounded to what was measured. */
export function formatJsonLine(result: BenchResult): string {
  return JSON.stringify(result, (_key, value: unknown) =>
    typeof value === 'number' ? Math.round(value * 100) / 100 : value,
  );
}
