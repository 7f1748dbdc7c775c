// Brings a folder up to date with a freshly built search index, touching only what changed. Pagefind rebuilds the
// whole index on every build, but most of its files (one fragment per page, named by a hash of its content) come
// out the same from one day to the next: a day's 50 new papers change about 560 of 10.5k files at 10k papers,
// and creating the other 10k again took up to 4 s on the benchmark machine's disk.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { listFiles } from './list-files.ts';

/** One file of an index, as Pagefind's `getFiles` returns it: a path relative to the index folder, with `/`. */
export interface IndexFile {
  path: string;
  content: Uint8Array;
}

/** What bringing a folder up to date takes. */
export interface SyncPlan {
  /**
   * Files to write, in groups written one after the other: fragments and chunks first, then the `pf_meta` files
   * that list them, then the `pagefind-entry.json` that names the `pf_meta`. A search that starts while the folder
   * is being written loads either the old index or the new one, each with all of its chunks.
   */
  writes: IndexFile[][];
  /** Files the new index no longer has, deleted once everything is written (a search may still be reading them). */
  deletes: string[];
}

/** What a sync did. */
export interface SyncStats {
  /** Files written: new, or changed. */
  written: number;
  /** Files left as they were. */
  kept: number;
  /** Files deleted. */
  deleted: number;
}

/** Files written or read at once: enough to keep the disk busy, few enough not to run out of file handles. */
const CONCURRENCY = 32;

/** The write group of a file: what refers to it is written after it. */
function writeGroup(path: string): number {
  if (path === 'pagefind-entry.json') return 2;
  if (path.endsWith('.pf_meta')) return 1;
  return 0;
}

/**
 * Plans turning the folder holding `current` (each file there by path, with its bytes) into the index `next`:
 * which files to write, in which order, and which to delete.
 */
export function planSync(next: readonly IndexFile[], current: ReadonlyMap<string, Uint8Array>): SyncPlan {
  const writes: IndexFile[][] = [[], [], []];
  for (const file of [...next].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const old = current.get(file.path);
    if (old === undefined || !Buffer.from(old.buffer, old.byteOffset, old.byteLength).equals(file.content)) {
      writes[writeGroup(file.path)]?.push(file);
    }
  }
  const paths = new Set(next.map((file) => file.path));
  return {
    writes: writes.filter((group) => group.length > 0),
    deletes: [...current.keys()].filter((path) => !paths.has(path)).sort(),
  };
}

/**
 * Makes `folder` hold exactly the files of `next`, writing only those that are missing or differ and deleting those
 * the index no longer has, in the order of {@link planSync}. Works on a missing folder as on one a previous build
 * wrote. `current` is what {@link readFolder} read there, if it was read already. A file that already exists is
 * replaced through a rename, so it is never seen half written.
 */
export async function syncIndex(
  folder: string,
  next: readonly IndexFile[],
  current?: ReadonlyMap<string, Uint8Array>,
): Promise<SyncStats> {
  const before = current ?? (await readFolder(folder));
  const plan = planSync(next, before);
  const written = plan.writes.flat();
  const folders = new Set(written.map((file) => dirname(join(folder, file.path))));
  for (const path of folders) await mkdir(path, { recursive: true });
  for (const group of plan.writes) {
    await forEach(group, async (file) => {
      const path = join(folder, file.path);
      if (before.has(file.path)) {
        const temporary = `${path}.${String(process.pid)}.tmp`;
        await writeFile(temporary, file.content);
        await rename(temporary, path);
      } else {
        await writeFile(path, file.content);
      }
    });
  }
  await forEach(plan.deletes, (path) => rm(join(folder, path), { force: true }));
  return { written: written.length, kept: next.length - written.length, deleted: plan.deletes.length };
}

/** Every file under `folder`, by path (relative, with `/`), with its bytes; an empty map when there is no folder. */
export async function readFolder(folder: string): Promise<Map<string, Uint8Array>> {
  const paths = await listFiles(folder);
  const contents = new Map<string, Uint8Array>();
  await forEach(paths, async (path) => {
    contents.set(path, await readFile(join(folder, path)));
  });
  return contents;
}

/** Runs `action` on every item, {@link CONCURRENCY} at a time. */
async function forEach<T>(items: readonly T[], action: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next++] as T;
      await action(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
}
