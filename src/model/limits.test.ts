import { describe, expect, test } from 'vitest';
import { fileSizeProblem, MAX_CAPTURE_BYTES, MAX_PAPER_FILE_BYTES } from './limits.ts';

describe('fileSizeProblem', () => {
  test('is nothing for a file of at most the limit', () => {
    expect(fileSizeProblem(MAX_PAPER_FILE_BYTES, MAX_PAPER_FILE_BYTES)).toBeUndefined();
  });

  test('gives both sizes in the unit the limit is stated in, however large the file', () => {
    expect(fileSizeProblem(3 * 1024 * 1024, MAX_PAPER_FILE_BYTES)).toBe('is 3072 KB; expected at most 64 KB');
    expect(fileSizeProblem(MAX_CAPTURE_BYTES + 300 * 1024, MAX_CAPTURE_BYTES)).toBe(
      'is 2.3 MB; expected at most 2.0 MB',
    );
  });

  test('rounds a size up, so that a file one byte over the limit reads as over it', () => {
    expect(fileSizeProblem(MAX_PAPER_FILE_BYTES + 1, MAX_PAPER_FILE_BYTES)).toBe('is 65 KB; expected at most 64 KB');
    expect(fileSizeProblem(MAX_CAPTURE_BYTES + 1, MAX_CAPTURE_BYTES)).toBe('is 2.1 MB; expected at most 2.0 MB');
  });

  test('names what the file should have been, when told', () => {
    expect(fileSizeProblem(3 * 1024 * 1024, MAX_CAPTURE_BYTES, 'a .md digest')).toBe(
      'is 3.0 MB; expected a .md digest of at most 2.0 MB',
    );
  });
});
