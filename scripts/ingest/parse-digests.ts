// Ingest's second stage: each digest file recognised by its format and parsed, then the set of them checked.
import { ContentError, contentErrorsIn, type ErrorCollector } from '../../src/model/content-error.ts';
import type { Digest } from '../../src/model/digests/digest.ts';
import { parseDigest } from '../../src/model/digests/parse-digest.ts';
import type { ContentFile } from './read-content.ts';

/**
 * Parses every digest file, adding every problem to `errors`: a file in no known format, a listing that does not
 * parse, two files for one digest date, or a folder (`folder`, as messages show it) with no digest at all.
 * `errors` may already hold what reading the folder found.
 */
export function parseDigests(files: readonly ContentFile[], folder: string, errors: ErrorCollector): Digest[] {
  const digests: Digest[] = [];
  for (const { file, bytes } of files) {
    try {
      digests.push(parseDigest(file, bytes));
    } catch (error) {
      // A parser fails only with content errors; anything else still names the file rather than end the run.
      const found = contentErrorsIn(error) ?? [
        new ContentError(file, undefined, `could not be read: ${String(error)}`, { cause: error }),
      ];
      for (const each of found) errors.add(each);
    }
  }
  const byDate = new Map<string, string>();
  for (const digest of digests) {
    const other = byDate.get(digest.date);
    if (other === undefined) byDate.set(digest.date, digest.file);
    else {
      errors.add(
        new ContentError(
          digest.file,
          undefined,
          `is the digest of ${digest.date}, like ${other}; expected one file per digest date`,
        ),
      );
    }
  }
  // With no other problem to explain it, an empty folder is one.
  if (digests.length === 0 && errors.errors.length === 0) {
    errors.add(new ContentError(folder, undefined, 'holds no digest; expected at least one digest text file'));
  }
  return digests;
}
