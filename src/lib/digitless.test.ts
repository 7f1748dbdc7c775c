import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { withDigits, withoutDigits } from './digitless.ts';

describe('withoutDigits', () => {
  test('writes a date and a count with no letter or digit, which the search index takes no word from', () => {
    expect(withoutDigits('2024-05-12')).toBe('%!%)-!+-$%');
    expect(withoutDigits('1290')).toBe('$%=!');
    for (const value of ['2024-05-12', '0123456789']) expect(withoutDigits(value)).not.toMatch(/[\p{L}\p{N}]/u);
  });
});

describe('withDigits', () => {
  test('gives back every date and count withoutDigits wrote', () => {
    expect(withDigits('%!%)-!+-$%')).toBe('2024-05-12');
    fc.assert(
      fc.property(fc.stringMatching(/^[\d-]*$/), (value) => {
        expect(withDigits(withoutDigits(value))).toBe(value);
      }),
    );
  });

  test('reads back every sign withoutDigits writes, and leaves other characters as they are', () => {
    expect(withDigits(withoutDigits('0123456789'))).toBe('0123456789');
    expect(withDigits('- ? * #')).toBe('- ? * #');
  });
});
