// Brings the site's index folder up to date with a newly built index, touching only what changed. A day's new
// papers change a small share of a large archive's index files, and creating all the others again took seconds on
// the benchmark machine's disk (BENCHMARKS.md).
import { copyFile, mkdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { mapInParallel } from '../../src/model/in-parallel.ts';
import { listFiles } from '../../src/model/list-files.ts';

/** What bringing a folder up to date takes. */
export interface SyncPlan {
  /**
   * Paths to write, in groups written one after the other: fragments, chunks and filters first, then the `pf_meta`
   * files that list them, then Pagefind's script and WebAssembly, then the `pagefind-entry.json` that names the
   * `pf_meta`. A search that starts while the folder is being written mostly loads either the old index or the new
   * one, each with all of its chunks. The exceptions: a file the new index gives an old name with other bytes (rare:
   * Pagefind's 7-digit names can pass between pages) changes under the old index; the script, its worker and the
   * WebAssembly keep their names, so a page that loaded the old script may load the new WebAssembly; and a search
   * still reading the old index when its files are deleted at the end misses them.
   */
  writes: string[][];
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

/** The write group of a file: what refers to it is written after it. */
function writeGroup(path: string): number {
  if (path.includes('/')) return 0; // fragments, word chunks, filters
  if (path.endsWith('.pf_meta')) return 1;
  if (path === 'pagefind-entry.json') return 3;
  return 2; // the script, its worker, the WebAssembly
}

/**
 * Plans turning a folder that holds `current` into one that holds `next`, of which `unchanged` are there already as
 * they should be: which files to write, in which order, and which to delete.
 */
export function planSync(
  next: readonly string[],
  current: readonly string[],
  unchanged: ReadonlySet<string>,
): SyncPlan {
  const writes: string[][] = [[], [], [], []];
  for (const path of [...next].sort()) {
    if (!unchanged.has(path)) writes[writeGroup(path)]?.push(path);
  }
  const paths = new Set(next);
  return {
    writes: writes.filter((group) => group.length > 0),
    deletes: current.filter((path) => !paths.has(path)).sort(),
  };
}

/**
 * Makes `to` hold exactly the files `paths` of `from`, writing only those that are missing or differ and deleting
 * the rest, in the order of {@link planSync}. Works on a missing folder as on one an earlier sync wrote. A file is
 * moved from `from` (copied when that is another disk) and put in place by a rename, so it is never seen half
 * written.
 */
export async function syncIndex(from: string, to: string, paths: readonly string[]): Promise<SyncStats> {
  const current = await listFiles(to);
  const existing = new Set(current);
  const unchanged = new Set<string>();
  await mapInParallel(
    paths.filter((path) => existing.has(path)),
    async (path) => {
      if (await sameBytes(join(from, path), join(to, path))) unchanged.add(path);
    },
  );
  const plan = planSync(paths, current, unchanged);
  const written = plan.writes.flat();
  for (const folder of new Set(written.map((path) => dirname(join(to, path))))) {
    await mkdir(folder, { recursive: true });
  }
  for (const group of plan.writes) {
    await mapInParallel(group, (path) => moveIntoPlace(join(from, path), join(to, path)));
  }
  await mapInParallel(plan.deletes, (path) => rm(join(to, path), { force: true }));
  return { written: written.length, kept: paths.length - written.length, deleted: plan.deletes.length };
}

/** Whether two files hold the same bytes. */
async function sameBytes(a: string, b: string): Promise<boolean> {
  const [statA, statB] = await Promise.all([stat(a), stat(b)]);
  if (statA.size !== statB.size) return false;
  const [bytesA, bytesB] = await Promise.all([readFile(a), readFile(b)]);
  return bytesA.equals(bytesB);
}

/**
 * Moves the file `source` to `target`, replacing what is there at once. From another disk, where a move cannot be
 * made, it is copied beside `target` first and then renamed over it.
 */
async function moveIntoPlace(source: string, target: string): Promise<void> {
  try {
    await rename(source, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    const temporary = `${target}.${process.pid}.tmp`;
    try {
      await copyFile(source, temporary);
      await rename(temporary, target);
    } catch (copyError) {
      await rm(temporary, { force: true }); // a full disk would otherwise leave part of a file in the site
      throw copyError;
    }
  }
}
