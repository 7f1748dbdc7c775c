import { describe, expect, test } from 'vitest';
import { listedWhen } from './period-when.ts';

describe('listedWhen', () => {
  test('says when a day, a week and a month were listed, from their names', () => {
    expect(listedWhen.day('Apr 20, 2026')).toBe('on Apr 20, 2026');
    expect(listedWhen.week('Apr 13–19, 2026')).toBe('in the week of Apr 13–19, 2026');
    expect(listedWhen.month('April 2026')).toBe('in April 2026');
  });
});
