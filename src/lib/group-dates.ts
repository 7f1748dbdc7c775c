/** Papers grouped by the year and month they were published, newest first, and those with no date. */
import type { Paper } from './paper.ts';

export interface MonthGroup {
  year: string;
  /** `01` to `12`. */
  month: string;
  papers: Paper[];
}

export interface YearGroup {
  year: string;
  papers: Paper[];
  /** The months that have papers, latest first. */
  months: MonthGroup[];
}

export interface DateGroups {
  /** Years that have papers, latest first. */
  years: YearGroup[];
  /** Papers without a published date. */
  undated: Paper[];
  /** Papers per month, `YYYY-MM` -> count, for the chart. */
  monthCounts: Map<string, number>;
}

/** Groups papers by published year and month. Give them newest first: groups keep the order they are given. */
export function groupByDate(papers: readonly Paper[]): DateGroups {
  const years = new Map<string, YearGroup>();
  const months = new Map<string, MonthGroup>();
  const undated: Paper[] = [];
  for (const paper of papers) {
    const { year, month } = paper;
    if (year === undefined || month === undefined) {
      undated.push(paper);
      continue;
    }
    let yearGroup = years.get(year);
    if (!yearGroup) years.set(year, (yearGroup = { year, papers: [], months: [] }));
    yearGroup.papers.push(paper);
    const key = `${year}-${month}`;
    let monthGroup = months.get(key);
    if (!monthGroup) {
      months.set(key, (monthGroup = { year, month, papers: [] }));
      yearGroup.months.push(monthGroup);
    }
    monthGroup.papers.push(paper);
  }
  const latestFirst = <T extends { year: string }>(list: T[], key: (item: T) => string): T[] =>
    list.sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
  const sortedYears = latestFirst([...years.values()], (group) => group.year);
  for (const group of sortedYears) latestFirst(group.months, (monthGroup) => monthGroup.month);
  const monthCounts = new Map([...months].map(([key, group]) => [key, group.papers.length]));
  return { years: sortedYears, undated, monthCounts };
}
