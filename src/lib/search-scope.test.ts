import { describe, expect, test } from 'vitest';
import { ownerId, readScope } from './search-scope.ts';

describe('readScope', () => {
  test('names each scope as the pages of its listing do', () => {
    expect(readScope('listed-day', '2026-04-20')).toEqual({ value: '2026-04-20', label: 'Listed on Apr 20, 2026' });
    expect(readScope('listed-week', '2026-W17')).toEqual({
      value: '2026-W17',
      label: 'Listed in the week of Apr 20–26, 2026',
    });
    expect(readScope('listed-week', '2026-W01')?.label).toBe('Listed in the week of Dec 29, 2025 – Jan 4, 2026');
    expect(readScope('listed-month', '2026-04')).toEqual({ value: '2026-04', label: 'Listed in April 2026' });
    expect(readScope('month', '2025-09')).toEqual({ value: '2025-09', label: 'Published in September 2025' });
    expect(readScope('owner', 'github.com/openai')).toEqual({
      value: 'github.com/openai',
      label: 'Code by openai on github.com',
    });
  });

  test('reads an owner whatever its case, as its page’s key', () => {
    expect(readScope('owner', 'GitHub.com/GATECH-EIC')?.value).toBe('github.com/gatech-eic');
  });

  test('reads an owner written as a path, with slashes at its ends', () => {
    expect(readScope('owner', 'github.com/openai/')?.value).toBe('github.com/openai');
    expect(readScope('owner', '/github.com/openai/')?.value).toBe('github.com/openai');
  });

  test('refuses a value that is not of the shape of the site’s ids, or names no day, week or month', () => {
    for (const [key, value] of [
      ['listed-day', '2026-13-01'],
      ['listed-day', '2026-02-30'],
      ['listed-day', '20 April 2026'],
      ['listed-week', '2025-W53'],
      ['listed-week', '2026-17'],
      ['listed-month', '2026-4'],
      ['listed-month', '2026-04-20'],
      ['month', '2025-00'],
      ['owner', 'openai'],
      ['owner', 'github.com/openai/gpt-2'],
      ['owner', 'github.com/open ai'],
      ['owner', 'localhost/openai'],
      ['owner', 'github.com/'],
    ] as const) {
      expect(readScope(key, value), `${key}=${value}`).toBeUndefined();
    }
  });
});

describe('ownerId', () => {
  test('is the host and the key of the owner’s page', () => {
    expect(ownerId({ host: 'gitlab.com', key: 'group' })).toBe('gitlab.com/group');
  });
});
