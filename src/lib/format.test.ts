import { describe, expect, test } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatDate,
  formatDateRange,
  formatMonth,
  formatShortMonth,
  listingCounts,
  monthName,
  plural,
} from './format.ts';

describe('formatDate', () => {
  test('writes an ISO date as the digests do', () => {
    expect(formatDate('2025-09-18')).toBe('Sep 18, 2025');
    expect(formatDate('2026-02-01')).toBe('Feb 1, 2026');
  });

  test('refuses what is not a date', () => {
    expect(() => formatDate('2025')).toThrow('expected a date as YYYY-MM-DD, got "2025"');
    expect(() => formatDate('2025-13-01')).toThrow('expected a month from 1 to 12, got 13');
  });
});

describe('monthName', () => {
  test('names a month by its number', () => {
    expect(monthName('01')).toBe('January');
    expect(monthName(12)).toBe('December');
  });
});

describe('formatMonth', () => {
  test('writes a month and its year', () => {
    expect(formatMonth('2025', '09')).toBe('September 2025');
  });
});

describe('formatShortMonth', () => {
  test('writes a month abbreviated and its year', () => {
    expect(formatShortMonth('2024', '03')).toBe('Mar 2024');
  });
});

describe('formatCount', () => {
  test('separates thousands', () => {
    expect(formatCount(50000)).toBe('50,000');
    expect(formatCount(7)).toBe('7');
  });
});

describe('plural', () => {
  test('uses the singular for one and the plural otherwise', () => {
    expect(plural(1, 'paper')).toBe('1 paper');
    expect(plural(0, 'paper')).toBe('0 papers');
    expect(plural(12345, 'paper')).toBe('12,345 papers');
    expect(plural(2, 'repository', 'repositories')).toBe('2 repositories');
  });
});

describe('listingCounts', () => {
  test('gives the comments, and the upvotes after them when a listing showed some', () => {
    expect(listingCounts(3, undefined)).toBe('3 comments');
    expect(listingCounts(1, 41)).toBe('1 comment, 41 upvotes');
    expect(listingCounts(0, 0)).toBe('0 comments, 0 upvotes');
  });
});

describe('formatDateRange', () => {
  test('names the month and the year once when the days share them', () => {
    expect(formatDateRange('2026-04-13', '2026-04-19')).toBe('Apr 13–19, 2026');
  });

  test('names both months of a span across a month, and both years across New Year', () => {
    expect(formatDateRange('2026-03-30', '2026-04-05')).toBe('Mar 30 – Apr 5, 2026');
    expect(formatDateRange('2025-12-29', '2026-01-04')).toBe('Dec 29, 2025 – Jan 4, 2026');
  });
});

describe('formatBytes', () => {
  test('writes a size in bytes, kilobytes or megabytes of 1,024', () => {
    expect(formatBytes(1)).toBe('1 byte');
    expect(formatBytes(512)).toBe('512 bytes');
    expect(formatBytes(3500)).toBe('3.4 KB');
    expect(formatBytes(122_880)).toBe('120 KB');
    expect(formatBytes(20_552_478)).toBe('19.6 MB');
  });
});
