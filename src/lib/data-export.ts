/**
 * The data export: every paper's record (papers-json.ts) in one file per month, by the month each paper was first
 * listed, so no file grows with the archive, and an index of the files with their sizes. A paper's file never
 * changes month, and a month's file changes only when one of its papers does.
 */
import { paperRecord } from './papers-json.ts';
import type { Paper } from './paper.ts';

/** One file of the export, before it is written. */
export interface DataMonth {
  /** `YYYY-MM`: the month its papers were first listed. */
  month: string;
  /** Its file's name, `papers-YYYY-MM.json`. */
  name: string;
  /** Its papers in the order given. */
  papers: Paper[];
}

/** Splits papers by the month each was first listed, latest month first; each month keeps the order given. */
export function splitByListedMonth(papers: readonly Paper[]): DataMonth[] {
  const months = new Map<string, Paper[]>();
  for (const paper of papers) {
    const month = paper.firstListed.slice(0, 7);
    let group = months.get(month);
    if (!group) months.set(month, (group = []));
    group.push(paper);
  }
  return [...months]
    .sort((a, b) => (a[0] < b[0] ? 1 : -1))
    .map(([month, group]) => ({ month, name: `papers-${month}.json`, papers: group }));
}

/** The JSON text of a file of papers: `{ "papers": [record, …] }`, links absolute. */
export function papersFileBody(papers: readonly Paper[], site: URL): string {
  return JSON.stringify({ papers: papers.map((paper) => paperRecord(paper, site)) });
}

/** A written file of the export, as the index and the data page describe it. */
export interface DataFileEntry {
  name: string;
  /** Its absolute URL. */
  url: string;
  /** `YYYY-MM`, the month its papers were first listed. */
  listed: string;
  papers: number;
  /** Its size in bytes, as UTF-8. */
  bytes: number;
}

/** The bytes a text takes as UTF-8, as it is served. */
export function byteSize(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** The JSON text of the index: what the files hold, and each file, latest month first. */
export function dataIndexBody(files: readonly DataFileEntry[]): string {
  return JSON.stringify({
    description: 'Every paper of the archive, one file per month in which papers were first listed.',
    papers: files.reduce((sum, file) => sum + file.papers, 0),
    files,
  });
}
