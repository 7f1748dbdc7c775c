import { describe, expect, test } from 'vitest';
import { paper } from './fixtures/papers.ts';
import { groupByDate, monthId, readMonthId } from './group-dates.ts';
import { newestFirst } from './paper.ts';

describe('groupByDate', () => {
  const papers = [
    paper('sep-a', { title: 'A', published: '2025-09-18' }),
    paper('sep-b', { title: 'B', published: '2025-09-02' }),
    paper('jan', { published: '2025-01-30' }),
    paper('old', { published: '2017-12-06' }),
    paper('undated'),
  ].sort(newestFirst);
  const groups = groupByDate(papers);

  test('groups papers by year and month, latest first, keeping the papers’ order', () => {
    expect(
      groups.years.map((year) => [
        year.year,
        year.papers.map((entry) => entry.slug),
        year.months.map((month) => `${month.month}: ${month.papers.map((entry) => entry.slug).join(' ')}`),
      ]),
    ).toEqual([
      ['2025', ['sep-a', 'sep-b', 'jan'], ['09: sep-a sep-b', '01: jan']],
      ['2017', ['old'], ['12: old']],
    ]);
  });

  test('keeps papers without a published date apart', () => {
    expect(groups.undated.map((entry) => entry.slug)).toEqual(['undated']);
  });

  test('counts papers per month for the chart', () => {
    expect(Object.fromEntries(groups.monthCounts)).toEqual({ '2025-09': 2, '2025-01': 1, '2017-12': 1 });
  });
});

describe('monthId', () => {
  test('names a month by its year and its month, as the month pages and the search do', () => {
    expect(monthId({ year: '2025', month: '09' })).toBe('2025-09');
  });
});

describe('readMonthId', () => {
  test('reads a month’s id back as its year and month', () => {
    expect(readMonthId('2025-09')).toEqual({ year: '2025', month: '09' });
  });
});
