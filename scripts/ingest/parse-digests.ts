// Ingest's second stage: each digest file recognised by its format and parsed, then the set of them checked.
import { ContentError, ErrorCollector } from '../../src/model/content-error.ts';
import type { Digest } from '../../src/model/digests/digest.ts';
import { parseDigest } from '../../src/model/digests/parse-digest.ts';
import type { ContentFile } from './read-content.ts';

/**
 * Parses every digest file, reporting every bad one in one go: a file in no known format, a listing that does not
 * parse, two files for one digest date, or a folder with no digest at all (`folder` names it).
 */
export function parseDigests(files: readonly ContentFile[], folder: string): Digest[] {
  const errors = new ErrorCollector();
  const digests: Digest[] = [];
  for (const { file, bytes } of files) {
    const digest = errors.attempt(() => parseDigest(file, bytes));
    if (digest !== undefined) digests.push(digest);
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
  errors.throwIfAny();
  if (digests.length === 0) {
    throw new ContentError(folder, undefined, 'holds no digest; expected at least one digest text file');
  }
  return digests;
}
