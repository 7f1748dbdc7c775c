import { describe, expect, test } from 'vitest';
import { isoDate, isRealDate, looksLikeDate, parseDateLine, parseMonthDay } from './listing-date.ts';

describe('parseDateLine', () => {
  test('reads a date with a year and a comment count', () => {
    expect(parseDateLine('Sep 18, 2025 2')).toEqual({ date: { month: 9, day: 18, year: 2025 }, comments: 2 });
  });

  test('reads a date without a year or comments', () => {
    expect(parseDateLine('Jan 13')).toEqual({ date: { month: 1, day: 13, year: undefined }, comments: 0 });
  });

  test('reads a date without a year but with comments', () => {
    expect(parseDateLine('Apr 10 3')).toEqual({ date: { month: 4, day: 10, year: undefined }, comments: 3 });
  });

  test('refuses what is not a listing date', () => {
    for (const line of [
      'Sept 18, 2025',
      'Sep 31, 2025',
      'Sep 18 2025',
      'sep 18',
      'Sep 18, 25',
      'Sep 0',
      '• 4 authors',
    ]) {
      expect(parseDateLine(line), line).toBeUndefined();
    }
  });
});

describe('parseMonthDay', () => {
  test('reads the digest header date and nothing longer', () => {
    expect(parseMonthDay('Feb 16')).toEqual({ month: 2, day: 16, year: undefined });
    expect(parseMonthDay('Feb 29')).toEqual({ month: 2, day: 29, year: undefined });
    expect(parseMonthDay('Feb 16, 2026')).toBeUndefined();
    expect(parseMonthDay('Daily Papers')).toBeUndefined();
  });
});

describe('looksLikeDate', () => {
  test('tells a malformed date line from a title', () => {
    expect(looksLikeDate('Sept 18, 2025 2')).toBe(true);
    expect(looksLikeDate('Mar 3')).toBe(true);
    expect(looksLikeDate('Llama 3 Herd of Models')).toBe(false);
    expect(looksLikeDate('May I Help You? 2 Agents')).toBe(false);
  });
});

describe('isRealDate and isoDate', () => {
  test('know leap years and pad to YYYY-MM-DD', () => {
    expect(isRealDate(2024, 2, 29)).toBe(true);
    expect(isRealDate(2026, 2, 29)).toBe(false);
    expect(isoDate(2026, 3, 3)).toBe('2026-03-03');
  });
});
