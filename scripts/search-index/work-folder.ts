// Where Pagefind writes a new index before the site's is brought up to date from it. Pagefind writes each of its
// files from a thread of its own, hundreds at once for a large archive. On the benchmark machine's disk that cost
// about twice the kernel time it costs in memory, and an index step with few changes took longer (BENCHMARKS.md).
import { constants } from 'node:fs';
import { access, readdir, rm, stat, statfs } from 'node:fs/promises';
import { freemem } from 'node:os';
import { join } from 'node:path';

/** Linux's shared-memory folder: a file system in memory, shared by every user of the machine. */
export const MEMORY_FOLDER = '/dev/shm';

/** What `statfs` gives as the type of a file system in memory (Linux's TMPFS_MAGIC). */
export const TMPFS = 0x01021994;

/**
 * Room to leave per paper page: about three times what Pagefind wrote per page in the benchmark (BENCHMARKS.md),
 * so a folder that is small, as Docker's default `/dev/shm`, is not filled halfway through.
 */
export const BYTES_PER_PAGE = 16 * 1024;

/** Room for what Pagefind writes whatever the pages: its scripts, WebAssembly and ready-made interfaces. */
export const BYTES_FIXED = 1024 * 1024;

/** Names of the folders each run writes into (`paper-archive-index-XXXXXX`), in a folder others may share. */
export const RUN_FOLDER_PREFIX = 'paper-archive-index-';

/**
 * How old a run's folder must be to count as left behind by a build that was stopped: no build takes a day. (A build
 * suspended for longer than that would find its folder gone and fail.)
 */
export const LEFT_BEHIND_MS = 24 * 60 * 60 * 1000;

/**
 * The folder to build the index of `pages` paper pages in: `memory` when it is a file system in memory that this
 * process may write to and that has room for them, within the memory the machine has free; else `fallback` (the
 * build's cache folder).
 */
export async function indexWorkFolder(pages: number, fallback: string, memory = MEMORY_FOLDER): Promise<string> {
  return (await hasRoom(memory, BYTES_FIXED + pages * BYTES_PER_PAGE)) ? memory : fallback;
}

async function hasRoom(folder: string, bytes: number): Promise<boolean> {
  try {
    if (!(await stat(folder)).isDirectory()) return false;
    await access(folder, constants.W_OK);
    const space = await statfs(folder);
    // A file system in memory reports its size limit, not the memory free to fill it.
    return space.type === TMPFS && Math.min(space.bavail * space.bsize, freemem()) >= bytes;
  } catch {
    return false; // not there, or not ours to write
  }
}

/**
 * Deletes the run folders in `work` that a stopped build of this user left behind (not changed for
 * {@link LEFT_BEHIND_MS}); in a folder in memory they would hold memory until the machine restarts. Another
 * user's folders are theirs to delete, and a folder that cannot be deleted is left: cleaning up never fails a build.
 * Resolves to the folders deleted.
 */
export async function removeLeftBehind(work: string, now = Date.now()): Promise<string[]> {
  const entries = await readdir(work, { withFileTypes: true }).catch(() => []);
  const user = process.getuid?.();
  const removed: string[] = [];
  for (const entry of entries) {
    if (!entry.isDirectory() || !entry.name.startsWith(RUN_FOLDER_PREFIX)) continue;
    const path = join(work, entry.name);
    try {
      const info = await stat(path);
      if (now - info.mtimeMs < LEFT_BEHIND_MS || (user !== undefined && info.uid !== user)) continue;
      await rm(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // gone meanwhile, or not ours to delete
    }
  }
  return removed;
}
