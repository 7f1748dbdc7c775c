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

/**
 * A month's id, `2025-09`: how the site's month pages, the search's month scopes and the month counts name a month,
 * published or listed.
 */
export function monthId(month: Pick<MonthGroup, 'year' | 'month'>): string {
  return `${month.year}-${month.month}`;
}

/** A month's id (`2025-09`) read back as its year and month. */
export function readMonthId(id: string): Pick<MonthGroup, 'year' | 'month'> {
  return { year: id.slice(0, 4), month: id.slice(5, 7) };
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
    const key = monthId({ year, month });
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
