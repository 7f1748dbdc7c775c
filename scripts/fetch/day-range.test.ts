import { describe, expect, test } from 'vitest';
import { dayRange, MAX_DAYS, utcToday } from './day-range.ts';

const TODAY = '2026-11-26';

describe('dayRange', () => {
  test('is today when no day is given', () => {
    expect(dayRange({}, TODAY)).toEqual([TODAY]);
  });

  test('is the one day --date names', () => {
    expect(dayRange({ date: '2025-01-01' }, TODAY)).toEqual(['2025-01-01']);
  });

  test('is every day from --from to --to, across a month and a leap day', () => {
    expect(dayRange({ from: '2024-02-27', to: '2024-03-02' }, TODAY)).toEqual([
      '2024-02-27',
      '2024-02-28',
      '2024-02-29',
      '2024-03-01',
      '2024-03-02',
    ]);
  });

  test('runs a range given only its start up to today', () => {
    expect(dayRange({ from: '2026-11-24' }, TODAY)).toEqual(['2026-11-24', '2026-11-25', TODAY]);
  });

  test.each([
    [{ date: '2025-02-29' }, '--date 2025-02-29 is not a day; expected YYYY-MM-DD, like 2026-11-26'],
    [{ date: '1/1/2025' }, '--date 1/1/2025 is not a day; expected YYYY-MM-DD, like 2026-11-26'],
    [{ date: '2026-11-27' }, '--date 2026-11-27 is after today (2026-11-26 UTC); expected a past day'],
    [{ date: '2025-01-01', from: '2025-01-01' }, '--date does not go with --from or --to: give one day, or a range'],
    [{ to: '2025-01-01' }, '--to needs --from: the first day of the range'],
    [
      { from: '2025-01-02', to: '2025-01-01' },
      '--from 2025-01-02 is after --to 2025-01-01; expected the earlier day first',
    ],
    [{ from: '2020-01-01' }, `2020-01-01 to 2026-11-26 is more than ${MAX_DAYS} days; expected a shorter range`],
  ])('refuses %o, saying what was expected', (options, message) => {
    expect(() => dayRange(options, TODAY)).toThrow(message);
  });
});

describe('utcToday', () => {
  test('is the UTC day, whatever the local time zone', () => {
    expect(utcToday(new Date('2026-11-26T23:59:59-05:00'))).toBe('2026-11-27');
  });
});
