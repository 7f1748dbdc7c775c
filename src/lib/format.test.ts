import { describe, expect, test } from 'vitest';
import { formatCount, formatDate, formatMonth, formatShortMonth, listingCounts, monthName, plural } from './format.ts';

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
