/**
 * A content loader for `content/digests/*.txt`: each digest's date and its papers' identities in listing
 * order, parsed by the content script's parser. Unchanged files are not parsed again.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readDigestListing } from '../lib/digest-listing.ts';

/** Bumped when the listing's shape changes, so entries cached by an older build are read again. */
const LISTING_VERSION = 1;

/** Loads every `*.txt` digest in `base` (relative to the project root). */
export function digestLoader({ base }: { base: string }): Loader {
  return {
    name: 'paper-archive-digests',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const directory = resolve(root, base);
      await sync(context, root, directory);
      context.watcher?.add(directory);
      context.watcher?.on('all', (_event, path) => {
        if (path.startsWith(directory) && path.endsWith('.txt')) void sync(context, root, directory);
      });
    },
  };
}

async function sync(context: LoaderContext, root: string, directory: string): Promise<void> {
  const { store } = context;
  const names = (await readdir(directory)).filter((name) => name.endsWith('.txt')).sort();
  const seen = new Set<string>();
  for (const name of names) {
    const id = name.slice(0, -'.txt'.length);
    const path = join(directory, name);
    const file = relative(root, path);
    const bytes = await readFile(path);
    const digest = context.generateDigest(`${String(LISTING_VERSION)}\n${bytes.toString('latin1')}`);
    seen.add(id);
    if (store.get(id)?.digest === digest) continue;
    const listing = readDigestListing(file, bytes);
    const data = await context.parseData({ id, data: { ...listing }, filePath: file });
    store.set({ id, data, digest, filePath: file });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
