// Listing folders, the one way each kind of reader needs: the build steps every file under a folder, as relative
// paths with `/` on every platform; the content readers a content folder's own entries, in a stable order.
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { ContentError } from './content-error.ts';

/** `to` relative to `from`, with `/` between its parts whatever the platform's separator. */
export function relativePath(from: string, to: string): string {
  return relative(from, to).split(sep).join('/');
}

/**
 * Every file under `folder`, as a path relative to it ({@link relativePath}); none when there is no folder. The
 * top-level folders named in `skip` are not looked into. Throws when `folder` is a file.
 */
export async function listFiles(folder: string, skip: readonly string[] = []): Promise<string[]> {
  let top;
  try {
    top = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const lists = await Promise.all(
    top.map(async (entry) => {
      if (entry.isFile()) return [entry.name];
      if (!entry.isDirectory() || skip.includes(entry.name)) return [];
      const inside = await readdir(join(folder, entry.name), { recursive: true, withFileTypes: true });
      return inside
        .filter((file) => file.isFile())
        .map((file) => relativePath(folder, join(file.parentPath, file.name)));
    }),
  );
  return lists.flat();
}

/** A content folder's entries: its plain files, and anything else (a folder, a symbolic link), each by name. */
export interface FolderListing {
  files: string[];
  others: string[];
}

/**
 * The entries of a content folder (`content/digests`, `content/papers`, `content/topics`), hidden ones (`.name`)
 * left out, sorted so every run sees them in the same order. `shown` names the folder in messages and `what` says
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
    if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return { files: [], others: [] };
    throw new ContentError(shown, undefined, `cannot read the ${what} folder: ${(error as Error).message}`, {
      cause: error,
    });
  }
  const visible = entries.filter((entry) => !entry.name.startsWith('.')).sort((a, b) => compare(a.name, b.name));
  return {
    files: visible.filter((entry) => entry.isFile()).map((entry) => entry.name),
    others: visible.filter((entry) => !entry.isFile()).map((entry) => entry.name),
  };
}

/** Code-unit order, as `Array.prototype.sort` gives: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
