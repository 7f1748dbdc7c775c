import { describe, expect, test } from 'vitest';
import { monthChart, monthRange } from './month-chart.ts';

describe('monthChart', () => {
  test('gives each month from the first to the last a slot, bars scaled to the busiest month', () => {
    const chart = monthChart(
      new Map([
        ['2025-11', 2],
        ['2026-01', 4],
      ]),
      300,
      118,
    );
    expect(chart?.bars).toEqual([
      { month: '2025-11', count: 2, x: 0, y: 50, width: 80, height: 50 },
      { month: '2025-12', count: 0, x: 100, y: 100, width: 80, height: 0 },
      { month: '2026-01', count: 4, x: 200, y: 0, width: 80, height: 100 },
    ]);
    expect(chart?.max).toBe(4);
  });

  test('labels each January, and the first month when the first January is far enough away', () => {
    const chart = monthChart(
      new Map([
        ['2023-05', 1],
        ['2025-02', 1],
      ]),
      220,
    );
    expect(chart?.years).toEqual([
      { year: '2023', x: 0 },
      { year: '2024', x: 80 },
      { year: '2025', x: 200 },
    ]);
  });

  test('drops labels that would overlap', () => {
    const chart = monthChart(
      new Map([
        ['2017-12', 1],
        ['2019-01', 1],
      ]),
      140,
    );
    expect(chart?.years.map((year) => year.year)).toEqual(['2018', '2019']);
  });

  test('draws nothing without papers', () => {
    expect(monthChart(new Map())).toBeUndefined();
  });
});

describe('monthRange', () => {
  test('lists every month between two months, across years', () => {
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthRange('2024-03', '2024-03')).toEqual(['2024-03']);
  });
});
