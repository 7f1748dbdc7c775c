import { describe, expect, test } from 'vitest';
import { isoWeek, isoWeekOfId } from './iso-week.ts';

describe('isoWeek', () => {
  test('gives a mid-year date its week, Monday and Sunday', () => {
    expect(isoWeek('2026-04-20')).toEqual({
      id: '2026-W17',
      year: 2026,
      week: 17,
      monday: '2026-04-20',
      sunday: '2026-04-26',
    });
    expect(isoWeek('2026-04-19').id).toBe('2026-W16');
  });

  test('puts the last days of December in week 1 of the next year when that week holds its first Thursday', () => {
    expect(isoWeek('2024-12-30')).toMatchObject({
      id: '2025-W01',
      year: 2025,
      monday: '2024-12-30',
      sunday: '2025-01-05',
    });
    expect(isoWeek('2025-12-29')).toMatchObject({ id: '2026-W01', monday: '2025-12-29', sunday: '2026-01-04' });
  });

  test('puts the first days of January in the last week of the year before when the year starts late in the week', () => {
    expect(isoWeek('2021-01-03')).toMatchObject({ id: '2020-W53', year: 2020, week: 53, monday: '2020-12-28' });
    expect(isoWeek('2027-01-01')).toMatchObject({ id: '2026-W53', monday: '2026-12-28', sunday: '2027-01-03' });
    expect(isoWeek('2023-01-01')).toMatchObject({ id: '2022-W52', monday: '2022-12-26' });
  });

  test('starts week 1 on the Monday of the week holding January 4', () => {
    expect(isoWeek('2026-01-01')).toMatchObject({ id: '2026-W01', monday: '2025-12-29' });
    expect(isoWeek('2020-01-06')).toMatchObject({ id: '2020-W02', monday: '2020-01-06' });
  });

  test('refuses what is not a calendar date', () => {
    expect(() => isoWeek('2026-02-30')).toThrow(/expected a date as YYYY-MM-DD, got "2026-02-30"/);
    expect(() => isoWeek('Apr 20')).toThrow(RangeError);
  });
});

describe('isoWeekOfId', () => {
  test('gives the week an id names, the inverse of isoWeek', () => {
    expect(isoWeekOfId('2026-W17')).toEqual(isoWeek('2026-04-20'));
    expect(isoWeekOfId('2025-W01')).toMatchObject({ monday: '2024-12-30', sunday: '2025-01-05' });
    expect(isoWeekOfId('2020-W53')).toMatchObject({ monday: '2020-12-28', sunday: '2021-01-03' });
  });

  test('is undefined for a week that does not exist or an id of another shape', () => {
    expect(isoWeekOfId('2025-W53')).toBeUndefined();
    expect(isoWeekOfId('2026-W00')).toBeUndefined();
    expect(isoWeekOfId('2026-W54')).toBeUndefined();
    expect(isoWeekOfId('2026-w17')).toBeUndefined();
    expect(isoWeekOfId('2026-17')).toBeUndefined();
  });
});
