/**
 * A content loader for `content/digests/`: each digest's date and its papers' identities in listing order, read by
 * the content model's parser, in every format ingest reads. Unchanged files are not parsed again.
 */
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readDigestListing } from '../lib/digest-listing.ts';
import { digestId, isDigestFile } from '../model/digests/parse-digest.ts';
import { ErrorCollector } from '../model/content-error.ts';
import { listFolder } from '../model/content-folder.ts';
import { folderLoader } from './folder-loader.ts';
import { asReported } from './reported-error.ts';

/** Bumped when the listing's shape changes, so entries cached by an older build are read again. */
const LISTING_VERSION = 3;

/** Loads every digest in `base` (relative to the project root). */
export function digestLoader({ base }: { base: string }): Loader {
  return folderLoader('paper-archive-digests', base, isDigestFile, sync);
}

/** Stores every digest that is new or changed, forgets those that are gone, and reports every bad digest at once. */
async function sync(context: LoaderContext, root: string, directory: string): Promise<void> {
  const { store } = context;
  const problems = new ErrorCollector();
  const listing = await problems.attemptAsync(() => listFolder(directory, relative(root, directory), 'digests'));
  const names = (listing?.files ?? []).filter(isDigestFile);
  const seen = new Set<string>();
  for (const name of names) {
    const id = digestId(name);
    const path = join(directory, name);
    const file = relative(root, path);
    const bytes = await readFile(path);
    const digest = context.generateDigest(`${LISTING_VERSION}\n${bytes.toString('latin1')}`);
    seen.add(id);
    if (store.get(id)?.digest === digest) continue;
    const read = problems.attempt(() => readDigestListing(file, bytes));
    if (read === undefined) continue;
    const data = await context.parseData({ id, data: { ...read }, filePath: file });
    store.set({ id, data, digest, filePath: file });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
  if (problems.errors.length > 0) throw asReported(problems.errors);
}
