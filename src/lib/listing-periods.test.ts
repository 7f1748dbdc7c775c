import { formatDateRange } from './format.ts';
import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { dayPeriod, groupListings, monthOf, weekOf, type ListedDay } from './listing-periods.ts';
import type { Paper } from './paper.ts';

const papers = new Map<string, Paper>();
/** The same paper object for a slug, as the archive has one per paper. */
function known(slug: string): Paper {
  let found = papers.get(slug);
  if (!found) papers.set(slug, (found = paper(slug, { published: '2020-01-01' })));
  return found;
}

/** A digest of `date` listing `entries` (slug, comments, upvotes) in that order. */
function day(date: string, ...entries: [string, number, number?][]): ListedDay {
  return {
    date,
    entries: entries.map(([slug, comments, upvotes]) => ({
      paper: known(slug),
      appearance: { digest: date, comments, ...(upvotes === undefined ? {} : { upvotes }) },
    })),
  };
}

/** Days latest first, as the archive holds them: across New Year 2025/2026 and into February. */
const DAYS = [
  day('2026-02-02', ['february', 0]),
  day('2026-01-02', ['new-year', 1], ['again', 9, 30]),
  day('2025-12-31', ['old-year', 5], ['again', 2, 3]),
  day('2025-12-29', ['monday', 0, 10]),
  day('2025-12-26', ['christmas', 0]),
];

describe('groupListings', () => {
  test('groups days by ISO week by their listing date, latest first, across the year boundary', () => {
    const weeks = groupListings(DAYS, weekOf);
    expect(weeks.map((week) => [week.id, week.first, week.last, week.days])).toEqual([
      ['2026-W06', '2026-02-02', '2026-02-08', ['2026-02-02']],
      ['2026-W01', '2025-12-29', '2026-01-04', ['2026-01-02', '2025-12-31', '2025-12-29']],
      ['2025-W52', '2025-12-22', '2025-12-28', ['2025-12-26']],
    ]);
  });

  test('links each period to the periods before and after it that have listings, skipping empty ones', () => {
    const weeks = groupListings(DAYS, weekOf);
    expect(weeks.map((week) => [week.previous, week.id, week.next])).toEqual([
      ['2026-W01', '2026-W06', undefined],
      ['2025-W52', '2026-W01', '2026-W06'],
      [undefined, '2025-W52', '2026-W01'],
    ]);
  });

  test('ranks a period’s papers, each once, counted as its latest listing in the period shows it', () => {
    const [, week] = groupListings(DAYS, weekOf);
    expect(week?.entries.map((entry) => [entry.paper.slug, entry.appearance.digest, entry.appearance.upvotes])).toEqual(
      [
        ['again', '2026-01-02', 30],
        ['monday', '2025-12-29', 10],
        ['old-year', '2025-12-31', undefined],
        ['new-year', '2026-01-02', undefined],
      ],
    );
  });

  test('groups days by calendar month of listing', () => {
    const months = groupListings(DAYS, monthOf);
    expect(months.map((month) => [month.id, month.first, month.last, month.entries.length])).toEqual([
      ['2026-02', '2026-02-01', '2026-02-28', 1],
      ['2026-01', '2026-01-01', '2026-01-31', 2],
      ['2025-12', '2025-12-01', '2025-12-31', 4],
    ]);
    expect(months[2]?.entries.map((entry) => entry.paper.slug)).toEqual(['monday', 'again', 'old-year', 'christmas']);
  });
});

describe('monthOf', () => {
  test('knows the length of each month, leap years included', () => {
    expect(monthOf('2024-02-10')).toEqual({
      id: '2024-02',
      first: '2024-02-01',
      last: '2024-02-29',
      name: 'February 2024',
    });
    expect(monthOf('2026-04-20').last).toBe('2026-04-30');
  });

  test('names a week by its dates and a month as readers say it, once, for every page that shows them', () => {
    expect(weekOf('2026-12-31').name).toBe(formatDateRange('2026-12-28', '2027-01-03'));
    expect(monthOf('2026-04-20').name).toBe('April 2026');
  });
});

describe('dayPeriod', () => {
  test('makes a day a period of that day alone, named by its date, with its papers as the day ranks them', () => {
    const [, listed] = DAYS;
    if (!listed) throw new Error('no day');
    const ranked = [...listed.entries].reverse();
    expect(dayPeriod({ date: '2026-01-02', ranked, previous: '2025-12-31', next: '2026-02-02' })).toEqual({
      id: '2026-01-02',
      first: '2026-01-02',
      last: '2026-01-02',
      name: 'Jan 2, 2026',
      days: ['2026-01-02'],
      entries: ranked,
      previous: '2025-12-31',
      next: '2026-02-02',
    });
  });
});
