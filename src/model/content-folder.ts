// Listing a content folder (`content/digests`, `content/papers`, `content/topics`) the one way every reader of
// content does: the folder's own entries, hidden ones left out, in an order that is the same on every machine.
import { readdir } from 'node:fs/promises';
import { ContentError } from './content-error.ts';

/** A content folder's entries, each by name: its plain files, anything else (a folder, a symbolic link), and hidden ones. */
export interface FolderListing {
  files: string[];
  others: string[];
  /** Entries whose name starts with a dot (`.DS_Store`, an editor's swap file): never content, always reported. */
  hidden: string[];
}

/**
 * The entries of a content folder (`content/digests`, `content/papers`, `content/topics`), hidden ones (`.name`)
 * apart, sorted so every run sees them in the same order. `shown` names the folder in messages and `what` says
 * which folder it is; a folder that cannot be read is a ContentError, or, when `optional`, a missing one is empty.
 */
export async function listFolder(
  dir: string,
  shown: string,
  what: string,
  { optional = false }: { optional?: boolean } = {},
): Promise<FolderListing> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], others: [], hidden: [] };
    throw new ContentError(shown, undefined, `cannot read the ${what} folder: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const sorted = entries.sort((a, b) => compare(a.name, b.name));
  const visible = sorted.filter((entry) => !entry.name.startsWith('.'));
  return {
    files: visible.filter((entry) => entry.isFile()).map((entry) => entry.name),
    others: visible.filter((entry) => !entry.isFile()).map((entry) => entry.name),
    hidden: sorted.filter((entry) => entry.name.startsWith('.')).map((entry) => entry.name),
  };
}

/** Code-unit order, as `Array.prototype.sort` gives: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
