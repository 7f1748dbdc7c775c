import { describe, expect, test } from 'vitest';
import { ContentError, ContentErrors, contentErrorsIn, ErrorCollector } from './content-error.ts';

// Messages ingest gives for real mistakes in content/digests/.
const BAD_DATE = new ContentError(
  'digests/2026-05-01.txt',
  19,
  'expected a date line like "Sep 18, 2025" or "Apr 10", optionally followed by the comment count, found "Sept 18, 2025"',
);
const BAD_NAME = new ContentError(
  'digests/2026-05-01.md',
  undefined,
  'expected digest files named <name>.txt in the digests folder',
);
const NUL_BYTE = new ContentError(
  'digests/image.txt',
  3,
  'expected UTF-8 text, found a NUL byte (is this a binary file?)',
);

/** What `step` throws, so a test can pin that it is the very error thrown. */
function thrownBy(step: () => unknown): unknown {
  try {
    step();
  } catch (error) {
    return error;
  }
  throw new Error('expected the step to throw');
}

describe('ContentError', () => {
  test('names the file and the line before the message', () => {
    expect(BAD_DATE.message).toBe(
      'digests/2026-05-01.txt:19: expected a date line like "Sep 18, 2025" or "Apr 10", optionally followed by the comment count, found "Sept 18, 2025"',
    );
    expect(BAD_DATE.name).toBe('ContentError');
    expect(BAD_DATE.file).toBe('digests/2026-05-01.txt');
    expect(BAD_DATE.line).toBe(19);
  });

  test('names only the file when the error is about the whole file', () => {
    expect(BAD_NAME.message).toBe(
      'digests/2026-05-01.md: expected digest files named <name>.txt in the digests folder',
    );
    expect(BAD_NAME.line).toBeUndefined();
  });

  test('keeps its cause', () => {
    const cause = new TypeError('The encoded data was not valid for encoding utf-8');
    const error = new ContentError(
      'digests/latin1.txt',
      3,
      'expected UTF-8 text, found bytes that are not valid UTF-8',
      {
        cause,
      },
    );
    expect(error.cause).toBe(cause);
  });
});

describe('ContentErrors', () => {
  test('carries every error, its message one line per error', () => {
    const errors = new ContentErrors([BAD_DATE, NUL_BYTE]);
    expect(errors.errors).toEqual([BAD_DATE, NUL_BYTE]);
    expect(errors.name).toBe('ContentErrors');
    expect(errors.message).toBe(
      [
        'digests/2026-05-01.txt:19: expected a date line like "Sep 18, 2025" or "Apr 10", optionally followed by the comment count, found "Sept 18, 2025"',
        'digests/image.txt:3: expected UTF-8 text, found a NUL byte (is this a binary file?)',
      ].join('\n'),
    );
  });
});

describe('contentErrorsIn', () => {
  test('gives a content error as a list of one', () => {
    expect(contentErrorsIn(BAD_NAME)).toEqual([BAD_NAME]);
  });

  test('gives the errors several content errors carry, in order', () => {
    expect(contentErrorsIn(new ContentErrors([NUL_BYTE, BAD_DATE]))).toEqual([NUL_BYTE, BAD_DATE]);
  });

  test('gives undefined for any other error or thrown value', () => {
    expect(contentErrorsIn(new TypeError("Cannot read properties of undefined (reading 'title')"))).toBeUndefined();
    expect(contentErrorsIn('digests/2026-05-01.txt:19: a string is not a content error')).toBeUndefined();
    expect(contentErrorsIn(undefined)).toBeUndefined();
  });
});

describe('ErrorCollector', () => {
  test('gathers the errors of every step, then throws them all at once in order', () => {
    const collector = new ErrorCollector();
    collector.attempt(() => {
      throw BAD_NAME;
    });
    collector.add(NUL_BYTE);
    collector.attempt(() => {
      throw new ContentErrors([BAD_DATE]);
    });

    const thrown = thrownBy(() => {
      collector.throwIfAny();
    });
    expect(thrown).toBeInstanceOf(ContentErrors);
    expect((thrown as ContentErrors).errors).toEqual([BAD_NAME, NUL_BYTE, BAD_DATE]);
  });

  test('attempt returns what the step returns when it throws nothing', () => {
    const collector = new ErrorCollector();
    expect(collector.attempt(() => '2026-03-03')).toBe('2026-03-03');
    expect(collector.errors).toEqual([]);
  });

  test('attempt keeps a content error and returns undefined', () => {
    const collector = new ErrorCollector();
    expect(
      collector.attempt((): string => {
        throw BAD_DATE;
      }),
    ).toBeUndefined();
    expect(collector.errors).toEqual([BAD_DATE]);
  });

  test('attempt keeps each error several content errors carry, and returns undefined', () => {
    const collector = new ErrorCollector();
    expect(
      collector.attempt((): string => {
        throw new ContentErrors([BAD_NAME, NUL_BYTE]);
      }),
    ).toBeUndefined();
    expect(collector.errors).toEqual([BAD_NAME, NUL_BYTE]);
  });

  test('attempt lets any other error go on up unchanged, keeping nothing', () => {
    const collector = new ErrorCollector();
    const bug = new TypeError("Cannot read properties of undefined (reading 'title')");
    const thrown = thrownBy(() =>
      collector.attempt((): string => {
        throw bug;
      }),
    );
    expect(thrown).toBe(bug);
    expect(collector.errors).toEqual([]);
  });

  test('attemptAsync resolves to what the step resolves to when it does not reject', async () => {
    const collector = new ErrorCollector();
    expect(await collector.attemptAsync(() => Promise.resolve('2026-03-03'))).toBe('2026-03-03');
    expect(collector.errors).toEqual([]);
  });

  test('attemptAsync keeps a content error or several and resolves to undefined', async () => {
    const collector = new ErrorCollector();
    expect(await collector.attemptAsync((): Promise<string> => Promise.reject(BAD_DATE))).toBeUndefined();
    expect(
      await collector.attemptAsync((): Promise<string> => Promise.reject(new ContentErrors([BAD_NAME, NUL_BYTE]))),
    ).toBeUndefined();
    expect(collector.errors).toEqual([BAD_DATE, BAD_NAME, NUL_BYTE]);
  });

  test('attemptAsync lets any other error go on up unchanged, keeping nothing', async () => {
    const collector = new ErrorCollector();
    const bug = new TypeError("Cannot read properties of undefined (reading 'title')");
    await expect(collector.attemptAsync(() => Promise.reject(bug))).rejects.toBe(bug);
    expect(collector.errors).toEqual([]);
  });

  test('add keeps an error found without throwing', () => {
    const collector = new ErrorCollector();
    collector.add(NUL_BYTE);
    collector.add(BAD_NAME);
    expect(collector.errors).toEqual([NUL_BYTE, BAD_NAME]);
  });

  test('throwIfAny does nothing when no error was kept', () => {
    const collector = new ErrorCollector();
    collector.attempt(() => '2026-03-03');
    expect(() => {
      collector.throwIfAny();
    }).not.toThrow();
  });
});
